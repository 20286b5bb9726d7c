/**
 * Asignación automática de interventores a mesas - Plataforma Ciudadana Riberalta (23M)
 * Google Apps Script ligado a la hoja "Interventores 23M" (Drive compartido Campaña/Jornada electoral).
 * Lee la pestaña "Voluntariado" (disponibilidad) y "Mesas" (sección, mesa, colegio) y rellena "Asignación".
 * No guarda datos personales fuera de la hoja; el token de la app de interventores va en Propiedades del script.
 */

const SHEET_ID = '1QVWbKyOIy8ipm_xbBMnsFDwuCwbZa35SfY0PJCLfGxw';
const TAB_VOL = 'Voluntariado';
const TAB_MESAS = 'Mesas';
const TAB_ASIG = 'Asignación';
const MUNICIPIO_INE = '09018';
const MAX_MESAS_POR_COLEGIO_Y_PERSONA = 3;   // art. 78 LOREG: puede votar en cualquier mesa de la circunscripción

function asignarInterventores() {
  const ss = SpreadsheetApp.openById(SHEET_ID);
  const vols = leerTabla_(ss.getSheetByName(TAB_VOL));
  const mesas = leerTabla_(ss.getSheetByName(TAB_MESAS));
  const salida = [['seccion', 'codigo_ine', 'mesa', 'colegio', 'voluntario_id', 'turno', 'estado']];

  // prioridad: mesas con más electores y colegios con más de 3 mesas
  mesas.sort((a, b) => b.electores - a.electores);
  const usados = new Map();
  for (const m of mesas) {
    const codigo = MUNICIPIO_INE + m.distrito.padStart(2, '0') + m.seccion.padStart(3, '0'); // p. ej. 0901801003
    const candidato = vols.find(v => v.disponible === 'SI' && v.distrito === m.distrito &&
                                     (usados.get(v.id) || 0) < 1);
    if (!candidato) {
      salida.push([m.seccion, codigo, m.mesa, m.colegio, '', '', 'SIN_CUBRIR']);
      continue;
    }
    usados.set(candidato.id, (usados.get(candidato.id) || 0) + 1);
    salida.push([m.seccion, codigo, m.mesa, m.colegio, candidato.id, candidato.turno || 'completo', 'PROPUESTA']);
  }
  const hoja = ss.getSheetByName(TAB_ASIG);
  hoja.clearContents();
  hoja.getRange(1, 1, salida.length, salida[0].length).setValues(salida);
  Logger.log('Asignadas %s mesas de %s', salida.filter(f => f[6] === 'PROPUESTA').length, mesas.length);
}

/** Envía las propuestas a la app de interventores (solo ids, nunca nombres ni DNI). */
function enviarAApp() {
  const props = PropertiesService.getScriptProperties();
  const token = props.getProperty('APP_INTERVENTORES_TOKEN');   // se configura a mano, no aquí
  if (!token) throw new Error('Falta APP_INTERVENTORES_TOKEN en Propiedades del script');
  const filas = SpreadsheetApp.openById(SHEET_ID).getSheetByName(TAB_ASIG).getDataRange().getValues().slice(1);
  const payload = filas.filter(f => f[6] === 'PROPUESTA').map(f => ({
    codigo_ine: String(f[1]), mesa: f[2], voluntario_id: f[4], turno: f[5]
  }));
  const resp = UrlFetchApp.fetch('https://interventores.riberalta.org/api/v1/asignaciones/lote', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + token, 'X-Lote': Utilities.getUuid() },
    payload: JSON.stringify({ eleccion: '23M-2027', asignaciones: payload }),
    muteHttpExceptions: true
  });
  Logger.log('HTTP %s, %s asignaciones', resp.getResponseCode(), payload.length);
}

function leerTabla_(hoja) {
  const [cab, ...filas] = hoja.getDataRange().getValues();
  return filas.filter(f => f[0] !== '').map(f => Object.fromEntries(cab.map((c, i) => [String(c).trim(), f[i]])));
}

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Jornada 23M')
    .addItem('Asignar interventores', 'asignarInterventores')
    .addItem('Enviar a la app', 'enviarAApp')
    .addToUi();
}
