/*
 * Prebid.js-konfigurasjon for halvorsen.no, nord24.no og kysttidende.no
 * Bygget med Prebid.js 9.27.0 (modules: appnexusBidAdapter, rubiconBidAdapter, ixBidAdapter,
 * adfBidAdapter, improvedigitalBidAdapter, pubmaticBidAdapter, consentManagementTcf,
 * gptPreAuction, currency, priceFloors, sharedIdSystem, id5IdSystem, userId, schain)
 *
 * Eier: Annonseteknologi (AT). Endringer via PR mot web-ads, se AT-412 / AT-431.
 * NB: ingen nøkler eller tokens her. Alt i denne fila er offentlig i nettleseren uansett.
 */
window.pbjs = window.pbjs || {};
window.pbjs.que = window.pbjs.que || [];

const HM_BUCKETS = {
  buckets: [
    { precision: 2, min: 0, max: 20, increment: 0.5 },   // NOK 0,50-steg opp til 20
    { precision: 2, min: 20, max: 100, increment: 1.0 },
    { precision: 2, min: 100, max: 300, increment: 10.0 },
  ],
};

pbjs.que.push(function () {
  pbjs.setConfig({
    debug: false,
    bidderTimeout: 1200,
    enableSendAllBids: false,
    targetingControls: { alwaysIncludeDeals: true, allowTargetingKeys: ['BIDDER', 'AD_ID', 'PRICE_BUCKET', 'SIZE', 'DEAL', 'FORMAT', 'CACHE_ID', 'CACHE_HOST'] },
    priceGranularity: HM_BUCKETS,
    mediaTypePriceGranularity: { video: HM_BUCKETS, banner: HM_BUCKETS },
    currency: {
      adServerCurrency: 'NOK',
      granularityMultiplier: 10,
      conversionRateFile: 'https://cdn.jsdelivr.net/gh/prebid/currency-file@1/latest.json',
      defaultRates: { USD: { NOK: 10.87 }, EUR: { NOK: 11.62 }, SEK: { NOK: 1.01 } },
    },
    consentManagement: {
      gdpr: { cmpApi: 'iab', timeout: 8000, defaultGdprScope: true, actionTimeout: 10000 },
    },
    userSync: {
      syncEnabled: true,
      syncDelay: 3000,
      filterSettings: {
        iframe: { bidders: ['appnexus', 'rubicon', 'ix'], filter: 'include' },
        image: { bidders: '*', filter: 'include' },
      },
      userIds: [
        { name: 'sharedId', storage: { type: 'cookie', name: '_sharedid', expires: 365 } },
        {
          name: 'id5Id',
          params: { partner: 1417, externalModuleUrl: 'https://cdn.id5-sync.com/api/1.0/id5PrebidModule.js' },
          storage: { type: 'html5', name: 'id5id', expires: 90, refreshInSeconds: 7200 },
        },
      ],
      auctionDelay: 50,
    },
    schain: {
      validation: 'strict',
      config: { ver: '1.0', complete: 1, nodes: [{ asi: 'halvorsen-medier.no', sid: 'HM-0001', hp: 1 }] },
    },
    floors: {
      enforcement: { floorDeals: false, bidAdjustment: true },
      auctionDelay: 100,
      endpoint: { url: 'https://floors.halvorsen-medier.no/v2/floors/web.json' },
      data: { currency: 'NOK', skipRate: 5, modelVersion: 'hm-web-2027-02-10', schema: { fields: ['mediaType', 'size'] },
        values: { 'banner|980x300': 18.0, 'banner|300x250': 9.5, 'banner|320x250': 11.0, 'video|*': 42.0, '*|*': 6.0 } },
    },
    gptPreAuction: { enabled: true, useDefaultPreAuction: true },
    realTimeData: { auctionDelay: 50, dataProviders: [{ name: 'timeout', params: { rules: { includesVideo: { true: 200 }, numAdUnits: { '1-5': 100, '6-10': 200 } } } }] },
  });

  pbjs.bidderSettings = {
    standard: { storageAllowed: true },
    rubicon: { bidCpmAdjustment: function (cpm) { return cpm * 0.92; } },
    adf: { storageAllowed: ['html5'] },
  };
});

// Annonseplasser: kodeverdiene under er plasserings-ID-er fra SSP-ene, ikke hemmeligheter.
window.HM_AD_UNITS = [
  {
    code: 'topscroll-1',
    mediaTypes: { banner: { sizes: [[980, 300], [980, 600], [1920, 1080]] } },
    ortb2Imp: { ext: { gpid: '/22893614/halvorsen.no/forside/topscroll-1', data: { pbadslot: '/22893614/halvorsen.no/forside/topscroll-1' } } },
    bids: [
      { bidder: 'appnexus', params: { placementId: 47831167, keywords: { seksjon: ['forside'] } } },
      { bidder: 'rubicon', params: { accountId: 90662, siteId: 551260, zoneId: 7918810 } },
      { bidder: 'ix', params: { siteId: '954423', size: [980, 300] } },
      { bidder: 'adf', params: { mid: 6148323, adxDomain: 'adx.adform.net' } },
      { bidder: 'improvedigital', params: { placementId: 2515292, publisherId: 7453 } },
      { bidder: 'pubmatic', params: { publisherId: '702080', adSlot: 'hm_topscroll_1@980x300' } },
    ],
  },
  {
    code: 'netboard-2',
    mediaTypes: { banner: { sizes: [[580, 400], [580, 500], [300, 250]] } },
    ortb2Imp: { ext: { gpid: '/22893614/halvorsen.no/artikkel/netboard-2' } },
    bids: [
      { bidder: 'appnexus', params: { placementId: 90933039 } },
      { bidder: 'rubicon', params: { accountId: 99753, siteId: 288080, zoneId: 5461371 } },
      { bidder: 'adf', params: { mid: 4844414 } },
      { bidder: 'pubmatic', params: { publisherId: '702080', adSlot: 'hm_netboard_2@580x400' } },
    ],
  },
  {
    code: 'outstream-video-1',
    mediaTypes: { video: { context: 'outstream', playerSize: [640, 360], mimes: ['video/mp4'], protocols: [2, 3, 5, 6], plcmt: 4 } },
    bids: [
      { bidder: 'appnexus', params: { placementId: 24896103, video: { skippable: true, playback_method: ['auto_play_sound_off'] } } },
      { bidder: 'ix', params: { siteId: '346263', video: { w: 640, h: 360 } } },
    ],
  },
];
