######################################################################
#
#  OAI-PMH configuration - Digital.ICMLev (EPrints 3.4.5)
#  archives/digital/cfg/cfg.d/oai.pl
#  Cambios: ver CHANGELOG-repositorio.md (último: 2026-03-04, sets OpenAIRE + ec_fundedresources)
#
######################################################################

$c->{oai} = {} unless defined $c->{oai};
$c->{oai}->{v2} = {} unless defined $c->{oai}->{v2};

# Identificador del repositorio en OAI (no cambiar: RECOLECTA y OpenAIRE lo usan como clave)
$c->{oai}->{v2}->{archive_id} = "digital.icmlevante.es";
$c->{oai}->{v2}->{sample_identifier} = "oai:digital.icmlevante.es:1487";

# Formatos de metadatos expuestos
$c->{oai}->{v2}->{output_plugins} = {
    "oai_dc"        => "DC",
    "oai_openaire"  => "OpenAIRE4",
    "didl"          => "DIDL",
    "mets"          => "METS",
    "rioxx"         => "RIOXX2",
};

# Sets personalizados: tipo, estado, financiación europea y nacional
$c->{oai}->{custom_sets} = [
    { spec => "openaire",           name => "OpenAIRE", filters => [ { meta_fields => [ "full_text_status" ], value => "public" } ] },
    { spec => "openaire_data",      name => "OpenAIRE datasets", filters => [ { meta_fields => [ "type" ], value => "dataset" } ] },
    { spec => "ec_fundedresources", name => "EC funded resources", filters => [ { meta_fields => [ "projects_funder" ], value => "European Commission" } ] },
    { spec => "aei_fundedresources", name => "Agencia Estatal de Investigación", filters => [ { meta_fields => [ "projects_funder" ], value => "AEI" } ] },
    { spec => "driver",             name => "Open Access DRIVERset", filters => [ { meta_fields => [ "full_text_status" ], value => "public" } ] },
];

# Proyectos: info:eu-repo/grantAgreement/<financiador>/<programa>/<código>
# ejemplos vigentes (no son secretos, son identificadores públicos de proyecto):
#   info:eu-repo/grantAgreement/EC/HE/101059915
#   info:eu-repo/grantAgreement/EC/H2020/862428
#   info:eu-repo/grantAgreement/AEI/Plan Estatal de Investigación Científica y Técnica y de Innovación 2021-2023/PID2022-138421OB-I00/ES/
$c->{oai}->{v2}->{project_prefix} = "info:eu-repo/grantAgreement/";

# Política del repositorio (Identify)
$c->{oai}->{content}->{text} = latin1( <<END );
Digital.ICMLev es el repositorio institucional del Instituto de Ciencias del Mar de Levante.
Contiene artículos, tesis, informes técnicos y conjuntos de datos oceanográficos producidos por su personal.
END
$c->{oai}->{metadata_policy}->{text} = latin1( <<END );
Los metadatos pueden reutilizarse sin permiso previo (CC0 1.0), citando el identificador OAI o la URL del registro.
END
$c->{oai}->{data_policy}->{text} = latin1( <<END );
Texto completo: según la licencia de cada registro (mayoritariamente CC BY 4.0). Embargos de 6 a 12 meses
según la política de la editorial (consultada en Sherpa Romeo / Dulcinea).
END
$c->{oai}->{submission_policy}->{text} = latin1( <<END );
Solo personal del ICMLev o coautores autorizados; depósito mediado por la Biblioteca (plazo máximo 5 días hábiles).
END

# Registros borrados: persistentes (requisito OpenAIRE)
$c->{oai}->{v2}->{deleted_records} = "persistent";

# Límites de paginación (resumptionToken cada 100 registros; caducidad 24 h)
$c->{oai}->{v2}->{max_records} = 100;
$c->{oai}->{v2}->{token_lifetime} = 86400;

# Cuenta de contacto para Identify: se toma de $c->{adminemail} (definida en 10_core.pl, buzón de la Biblioteca)

# Mapeo de tipos EPrints -> COAR Resource Types
$c->{oai}->{coar_types} = {
    article        => "http://purl.org/coar/resource_type/c_6501",
    thesis         => "http://purl.org/coar/resource_type/c_db06",
    monograph      => "http://purl.org/coar/resource_type/c_93fc",
    conference_item=> "http://purl.org/coar/resource_type/c_5794",
    dataset        => "http://purl.org/coar/resource_type/c_ddb1",
};

1;
