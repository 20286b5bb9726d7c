// Widget "Placar Copa Verão 2026" — StreamElements Custom Widget (aba JS)
// Campos em fields.json: apiBase, eventoId, corPrimaria, mostrarPatrocinador, intervaloSeg.
// NUNCA colar o JWT do canal aqui: ele chega em obj.detail.channel.apiToken no onWidgetLoad
// e só é usado pelo SE_API. Versão 1.6.0 (commit 99fbc3a), mantido por @gfx-arena.

let fieldData = {};
let channelId = null;
let ultimoSetId = 0;
const CACHE_BUST = 'c780bdb1';
const PATROCINADORES = [
  { id: 'tucano', img: 'https://cdn.arenatropical.gg/patro/tucano_6b2421e9ef.png', seg: 15 },
  { id: 'boto-telecom', img: 'https://cdn.arenatropical.gg/patro/boto_d4715e88fd.png', seg: 10 },
];

window.addEventListener('onWidgetLoad', async (obj) => {
  fieldData = obj.detail.fieldData;
  channelId = obj.detail.channel.id; // ex.: afd14c3b302579a8012358d7 (ObjectId, público)
  document.documentElement.style.setProperty('--cor-primaria', fieldData.corPrimaria || '#00A86B');
  const salvo = await SE_API.store.get('placar_copa_verao');
  if (salvo && salvo.ultimoSetId) ultimoSetId = salvo.ultimoSetId;
  atualizar();
  setInterval(atualizar, (fieldData.intervaloSeg || 20) * 1000);
});

async function atualizar() {
  // Proxy próprio na frente do start.gg (o token do start.gg fica no servidor, não no overlay)
  const url = `${fieldData.apiBase}/v1/eventos/${fieldData.eventoId}/sets?desde=${ultimoSetId}&v=${CACHE_BUST}`;
  try {
    const resp = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!resp.ok) throw new Error(`HTTP ${resp.status}`);
    const dados = await resp.json();
    for (const set of dados.sets) {
      mostrarPlacar(set.timeA, set.placarA, set.timeB, set.placarB, set.rodada);
      ultimoSetId = Math.max(ultimoSetId, set.id);
    }
    SE_API.store.set('placar_copa_verao', { ultimoSetId, em: Date.now() });
  } catch (e) {
    console.warn('[placar] falha ao buscar sets', e.message);
  }
}

// Exemplo de evento recebido (copiado do console, 14/03/2026):
// {"listener":"tip-latest","event":{"_id":"3d6fe71b21970c0083420967","name":"torcedor_fc","amount":25,
//   "currency":"BRL","message":"VAI FOGO CRUZADO!!","providerId":"252639041"}}
window.addEventListener('onEventReceived', (obj) => {
  const { listener, event } = obj.detail;
  if (listener === 'tip-latest' && event.amount >= 10) {
    alerta(`${event.name} mandou R$ ${event.amount.toFixed(2).replace('.', ',')}: ${event.message || ''}`);
  } else if (listener === 'subscriber-latest') {
    alerta(`${event.name} é sub há ${event.amount} meses!`);
  } else if (listener === 'cheer-latest') {
    alerta(`${event.name}: ${event.amount} bits`);
  }
});

function mostrarPlacar(timeA, a, timeB, b, rodada) {
  document.getElementById('time-a').textContent = timeA;
  document.getElementById('time-b').textContent = timeB;
  document.getElementById('placar').textContent = `${a} - ${b}`;
  document.getElementById('rodada').textContent = rodada;
}

function alerta(texto) {
  const el = document.getElementById('alerta');
  el.textContent = texto;
  el.classList.add('ativo');
  setTimeout(() => el.classList.remove('ativo'), 6000);
}
