^FX ================================================================
^FX LobbyLoop visitor badge v4 - Zebra ZD421 / ZD621, 203 dpi,
^FX 4 x 3 in (812 x 609 dots) direct thermal. Rendered by badge-printer
^FX service 2.7.0 with Handlebars; {{...}} are filled per sign-in.
^FX Never print e-mail or phone on badges (privacy review PR-2025-019).
^FX ================================================================
^XA
^CI28
^PW812
^LL609
^LH0,0
^MNY
^PON

^FX -- header band --
^FO0,0^GB812,90,90^FS
^FO30,22^A0N,50,50^FR^FD{{site.displayName}}^FS
^FO600,28^A0N,34,34^FR^FD{{badge.number}}^FS

^FX -- visitor name, shrink long names --
^FO30,120^A0N,{{#if (gt visitor.fullName.length 18)}}60,60{{else}}80,80{{/if}}^FB560,2,0,L^FD{{visitor.firstName}} {{visitor.lastName}}^FS
^FO30,290^A0N,36,36^FB560,1,0,L^FD{{visitor.company}}^FS
^FO30,340^A0N,30,30^FDHost: {{host.displayName}}^FS
^FO30,380^A0N,30,30^FDValid: {{formatDate signIn.signedAt "D MMM YYYY"}} until 23:59^FS

^FX -- visitor type band --
^FO30,440^GB360,70,3^FS
^FO45,458^A0N,40,40^FD{{uppercase visitor.type}}^FS

^FX -- QR for sign-out scan: LL1:<signInId>:<site> --
^FO600,300^BQN,2,6^FDLA,LL1:{{signIn.id}}:{{site.code}}^FS

^FX -- Code 128 badge number for the turnstile reader --
^FO430,530^BY2,3,50^BCN,50,N,N,N^FD{{badge.number}}^FS

^PQ1,0,1,Y
^XZ

^FX ================================================================
^FX Test label (printer self-check from Settings > Printers > Test):
^FX fixed sample data, no real visitor.
^FX ================================================================
^XA
^CI28^PW812^LL609
^FO0,0^GB812,90,90^FS
^FO30,22^A0N,50,50^FR^FDLobbyLoop Test Site^FS
^FO600,28^A0N,34,34^FR^FDV-0000^FS
^FO30,120^A0N,80,80^FDSample Visitor^FS
^FO30,290^A0N,36,36^FDExample Pty Ltd^FS
^FO30,340^A0N,30,30^FDHost: Reception^FS
^FO600,300^BQN,2,6^FDLA,LL1:sgn_00000000000000000000:TEST^FS
^FO430,530^BY2,3,50^BCN,50,N,N,N^FD000000000000^FS
^XZ
