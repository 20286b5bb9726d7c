<?php

declare(strict_types=1);

namespace App\Controller;

use App\Message\KondolenzEingegangen;
use App\Repository\TrauerfallRepository;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;

/**
 * Empfängt Webhooks des Gedenkportals (Online-Traueranzeigen, Kondolenzbuch, Gedenkkerzen).
 *
 * Das Portal signiert den Rohinhalt mit HMAC-SHA256; Header "X-Gedenkportal-Signature: sha256=<hex>".
 * Beispiel aus der Portal-Doku (Secret "whsec_dokumentation", Body {"event":"kerze.entzuendet"}):
 *   sha256=221fea31712a635d75dbf494e9da766dbced707e9df4f5233a5a11e57e969f02
 *
 * Konfiguration (.env.local, NICHT einchecken):
 *   GEDENKPORTAL_WEBHOOK_SECRET=<aus dem Portal-Backend kopieren>
 *   GEDENKPORTAL_MANDANT=lindemann-leipzig
 */
final class GedenkportalWebhookController extends AbstractController
{
    private const MAX_ALTER_SEKUNDEN = 300;

    public function __construct(
        #[Autowire(env: 'GEDENKPORTAL_WEBHOOK_SECRET')]
        private readonly string $webhookSecret,
        #[Autowire(env: 'GEDENKPORTAL_MANDANT')]
        private readonly string $mandant,
        private readonly TrauerfallRepository $trauerfaelle,
        private readonly MessageBusInterface $bus,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/webhook/gedenkportal', name: 'webhook_gedenkportal', methods: ['POST'])]
    public function __invoke(Request $request): JsonResponse
    {
        $roh = $request->getContent();
        $zeit = (int) $request->headers->get('X-Gedenkportal-Timestamp', '0');
        $signatur = (string) $request->headers->get('X-Gedenkportal-Signature', '');

        if (abs(time() - $zeit) > self::MAX_ALTER_SEKUNDEN) {
            return new JsonResponse(['fehler' => 'zeitstempel'], 400);
        }
        $erwartet = 'sha256=' . hash_hmac('sha256', $zeit . '.' . $roh, $this->webhookSecret);
        if (!hash_equals($erwartet, $signatur)) {
            $this->logger->warning('Gedenkportal: Signatur ungültig', ['mandant' => $this->mandant]);
            return new JsonResponse(['fehler' => 'signatur'], 401);
        }

        $daten = json_decode($roh, true, 32, JSON_THROW_ON_ERROR);
        // Beispiel: {"event":"kondolenz.neu","anzeige_id":"GP-2026-118204","trauerfall":"BL-2026-0139",
        //            "kondolenz_id":"01HRX5T3W8C0Q9M2A7ZK4D6N1B","erstellt":1772615862}
        $fall = $this->trauerfaelle->findOneByVorgang($daten['trauerfall'] ?? '');
        if ($fall === null) {
            return new JsonResponse(['status' => 'unbekannt'], 202);
        }

        match ($daten['event'] ?? '') {
            'kondolenz.neu' => $this->bus->dispatch(new KondolenzEingegangen($fall->getId(), $daten['kondolenz_id'])),
            'kerze.entzuendet' => $fall->erhoeheKerzenZaehler(),
            'anzeige.abgelaufen' => $fall->setGedenkseiteArchiviertAm(new \DateTimeImmutable()),
            default => $this->logger->info('Gedenkportal: Event ignoriert', ['event' => $daten['event'] ?? null]),
        };
        $this->trauerfaelle->save($fall, true);

        return new JsonResponse(['status' => 'ok', 'vorgang' => $fall->getVorgangsnummer()]);
    }
}
