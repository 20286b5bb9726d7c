-- routage.lua : règles de routage automatique – IMVS Mâcon (Orthanc 1.12)
-- Version 2.3 – 2026-04-02 – revue GLPI 26-0318
-- Aucun secret dans ce fichier : le jeton de la passerelle IA vient de l'environnement du service.

local MODALITES_IA = { CT = true, CR = true, DX = true }
local DELAI_PURGE_JOURS = 90
local PREFIXE_PSEUDO = 'IMVS-IA-'

-- Pseudonyme stable pour l'IA : SHA-256 (IPP + sel), tronqué à 16 caractères hexadécimaux.
-- Le sel est lu depuis /run/secrets/imvs_ia_sel (monté par systemd), jamais écrit ici.
local function pseudo(ipp)
  local sel = io.open('/run/secrets/imvs_ia_sel'):read('*l')
  return PREFIXE_PSEUDO .. string.sub(SHA256(ipp .. sel), 1, 16)
end

function OnStoredInstance(instanceId, tags, metadata, origin)
  if origin['RequestOrigin'] ~= 'DicomProtocol' then
    return
  end
  -- Les captures secondaires (SC, 1.2.840.10008.5.1.4.1.1.7) des consoles ne partent pas vers l'IA
  if tags['SOPClassUID'] == '1.2.840.10008.5.1.4.1.1.7' then
    RestApiPut('/instances/' .. instanceId .. '/metadata/1024', 'pas-ia')
  end
end

function OnStableStudy(studyId, tags, metadata)
  local etude = ParseJson(RestApiGet('/studies/' .. studyId))
  local modalites = etude['RequestedTags'] and etude['RequestedTags']['ModalitiesInStudy'] or ''
  PrintRecursive('[routage] étude stable ' .. studyId .. ' (' .. modalites .. ')')

  -- 1) archivage sur le VNA (pair Orthanc « vna »), priorité haute
  RestApiPost('/peers/vna/store', DumpJson({ Resources = { studyId }, Asynchronous = true, Priority = 10 }, true))

  -- 2) IA de triage (fractures, pneumothorax) : anonymisation puis envoi DICOM TLS
  for m in string.gmatch(modalites, '[^\\]+') do
    if MODALITES_IA[m] then
      local ipp = etude['PatientMainDicomTags']['PatientID']
      local anon = ParseJson(RestApiPost('/studies/' .. studyId .. '/anonymize', DumpJson({
        Replace = { PatientName = 'IMVS^IA', PatientID = pseudo(ipp) },
        Remove = { 'PatientBirthDate', 'PatientAddress', 'PatientTelephoneNumbers',
                   'InstitutionName', 'ReferringPhysicianName', 'OtherPatientIDs' },
        Keep = { 'StudyDescription', 'SeriesDescription', 'AccessionNumber' },
        KeepPrivateTags = false,
        DicomVersion = '2023b',
        Force = true
      }, true)))
      RestApiPost('/modalities/IA_TRIAGE/store', DumpJson({ Resources = { anon['ID'] }, Asynchronous = true }, true))
      -- la passerelle IA renvoie un SR + une série « Secondary Capture » sur IMVS_PACS (AET ORTHOIA_GW)
      break
    end
  end
end

-- Purge nocturne du cache local : uniquement si l'étude est confirmée sur le VNA
function OnHeartBeat()
  local maintenant = os.time()
  if os.date('%H%M', maintenant) ~= '0200' then return end
  local jeton = os.getenv('IA_TRIAGE_TOKEN')   -- utilisé par la vérification d'état ci-dessous
  local etat = HttpGet('https://gw.orthoia-triage.fr/api/v2/health', { ['Authorization'] = 'Bearer ' .. jeton })
  PrintRecursive('[purge] état passerelle IA : ' .. (etat or 'indisponible'))
  -- voir script purge_vna_confirme.py (cron 02:05) ; seuil {DELAI_PURGE_JOURS} jours, lot max 500 études
end
