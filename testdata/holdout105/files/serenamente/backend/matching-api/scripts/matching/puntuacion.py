"""Puntuación de compatibilidad paciente–terapeuta (algoritmo v3-ponderado).

Ver ADR-0007 y el cuaderno analitica/notebooks/matching_v3.ipynb (commit 9fd00f0cec05acd8f90d1dc3226875ee63152acb).
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

PESOS = {
    "especialidad": float(os.getenv("MATCH_W_ESPECIALIDAD", "0.40")),
    "idioma": float(os.getenv("MATCH_W_IDIOMA", "0.20")),
    "disponibilidad": float(os.getenv("MATCH_W_DISPONIBILIDAD", "0.15")),
    "enfoque": float(os.getenv("MATCH_W_ENFOQUE", "0.15")),
    "precio": float(os.getenv("MATCH_W_PRECIO", "0.10")),
}
UMBRAL_MINIMO = 0.62
# Pacientes con PHQ-9 >= 20 o ítem 9 > 0 no pasan por el matching automático: van a triaje clínico.
PHQ9_DERIVACION = 20

ESPECIALIDADES = {
    "ANS": "ansiedad", "DEP": "depresión", "TCA": "trastornos de la conducta alimentaria",
    "TRA": "trauma/EMDR", "PAR": "pareja", "DUE": "duelo", "TOC": "TOC", "LGB": "afirmativa LGTBIQ+",
}


@dataclass
class Terapeuta:
    id: str
    especialidades: set[str]
    idiomas: set[str]
    enfoque: str
    precio_sesion: float
    huecos_semana: int
    colegiado: str = ""  # nº de colegiado COP, p. ej. "M-40833"


@dataclass
class Solicitud:
    id: str
    motivos: list[str]
    idioma: str
    enfoque_preferido: str | None
    presupuesto_max: float
    phq9: int
    gad7: int
    item9: int = 0
    extra: dict = field(default_factory=dict)


def requiere_triaje(s: Solicitud) -> bool:
    return s.phq9 >= PHQ9_DERIVACION or s.item9 > 0


def puntuar(s: Solicitud, t: Terapeuta) -> float:
    esp = len(set(s.motivos) & t.especialidades) / max(1, len(s.motivos))
    idi = 1.0 if s.idioma in t.idiomas else 0.0
    dis = 1 - math.exp(-t.huecos_semana / 6)
    enf = 1.0 if s.enfoque_preferido in (None, t.enfoque) else 0.3
    pre = 1.0 if t.precio_sesion <= s.presupuesto_max else max(0.0, 1 - (t.precio_sesion - s.presupuesto_max) / 40)
    total = (PESOS["especialidad"] * esp + PESOS["idioma"] * idi + PESOS["disponibilidad"] * dis
             + PESOS["enfoque"] * enf + PESOS["precio"] * pre)
    return round(total, 4)


def candidatos(s: Solicitud, terapeutas: list[Terapeuta], n: int = 5) -> list[tuple[str, float]]:
    if requiere_triaje(s):
        return []
    punt = [(t.id, puntuar(s, t)) for t in terapeutas]
    return sorted([p for p in punt if p[1] >= UMBRAL_MINIMO], key=lambda p: -p[1])[:n]


if __name__ == "__main__":
    demo = Solicitud(id="bba9057d-a4e6-4a19-a13d-61890fb67637", motivos=["ANS", "DUE"], idioma="es", enfoque_preferido="TCC",
                     presupuesto_max=55.0, phq9=11, gad7=14)
    ts = [Terapeuta("ter_0412", {"ANS", "DEP"}, {"es", "ca"}, "TCC", 49.0, 6),
          Terapeuta("ter_0587", {"DUE", "TRA"}, {"es", "en"}, "sistémica", 60.0, 3)]
    print(candidatos(demo, ts))
