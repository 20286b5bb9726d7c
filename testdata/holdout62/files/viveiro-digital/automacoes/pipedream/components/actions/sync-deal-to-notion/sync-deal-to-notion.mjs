import hubspot from "../../hubspot.app.mjs";
import notion from "../../../notion/notion.app.mjs";
import { axios, ConfigurationError } from "@pipedream/platform";

// Ação privada da Viveiro Digital: copia um negócio (deal) do HubSpot para o banco "Pipeline B2B" no Notion.
// Credenciais: contas conectadas do Pipedream (this.hubspot.$auth / this.notion.$auth). Nada de token no código.
// Publicado com: pd publish actions/sync-deal-to-notion/sync-deal-to-notion.mjs --connect-environment production
export default {
  key: "viveiro-sync-deal-to-notion",
  name: "Sincronizar negócio do HubSpot para o Notion",
  description: "Cria ou atualiza a página do negócio no Notion. [Docs](https://developers.hubspot.com/docs/api/crm/deals)",
  version: "0.3.2",
  type: "action",
  props: {
    hubspot,
    notion,
    dealId: {
      type: "string",
      label: "ID do negócio",
      description: "Ex.: `{{steps.trigger.event.objectId}}` quando disparado pelo webhook do HubSpot",
    },
    databaseId: {
      type: "string",
      label: "ID do banco de dados Notion",
      default: "29ff8708232e665d8bd8e08b6ce9232e",
    },
    dryRun: {
      type: "boolean",
      label: "Simular (não grava no Notion)",
      optional: true,
      default: false,
    },
  },
  methods: {
    hubspotHeaders() {
      return { Authorization: `Bearer ${this.hubspot.$auth.oauth_access_token}` };
    },
    notionHeaders() {
      return {
        "Authorization": `Bearer ${this.notion.$auth.oauth_access_token}`,
        "Notion-Version": "2022-06-28",
      };
    },
  },
  async run({ $ }) {
    if (!/^\d{6,12}$/.test(this.dealId)) {
      throw new ConfigurationError(`dealId inválido: ${this.dealId}`);
    }
    const deal = await axios($, {
      url: `https://api.hubapi.com/crm/v3/objects/deals/${this.dealId}`,
      headers: this.hubspotHeaders(),
      params: {
        properties: "dealname,amount,dealstage,closedate,hubspot_owner_id,pipeline",
        associations: "companies",
      },
    });

    // Procura página existente pela propriedade "HubSpot ID" (number)
    const found = await axios($, {
      method: "POST",
      url: `https://api.notion.com/v1/databases/${this.databaseId}/query`,
      headers: this.notionHeaders(),
      data: { filter: { property: "HubSpot ID", number: { equals: Number(this.dealId) } }, page_size: 1 },
    });

    const properties = {
      "Negócio": { title: [{ text: { content: deal.properties.dealname ?? "(sem nome)" } }] },
      "HubSpot ID": { number: Number(this.dealId) },
      "Valor (R$)": { number: Number(deal.properties.amount ?? 0) },
      "Etapa": { select: { name: deal.properties.dealstage } },
      "Fechamento": deal.properties.closedate ? { date: { start: deal.properties.closedate.slice(0, 10) } } : { date: null },
    };

    if (this.dryRun) {
      $.export("$summary", `Simulação: ${found.results.length ? "atualizaria" : "criaria"} a página do negócio ${this.dealId}`);
      return properties;
    }

    const page = found.results.length
      ? await axios($, { method: "PATCH", url: `https://api.notion.com/v1/pages/${found.results[0].id}`, headers: this.notionHeaders(), data: { properties } })
      : await axios($, { method: "POST", url: "https://api.notion.com/v1/pages", headers: this.notionHeaders(), data: { parent: { database_id: this.databaseId }, properties } });

    $.export("$summary", `Negócio ${this.dealId} sincronizado (página ${page.id})`);
    return { notionPageId: page.id, url: page.url };
  },
};
