<?php

declare(strict_types=1);

namespace MaisonVerlaine\Webhook;

use MaisonVerlaine\Crm\ContactEventRepository;
use MaisonVerlaine\Crm\SuppressionList;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;

/**
 * Reçoit les webhooks « transactionnels » et « marketing » de Brevo.
 *
 * Brevo n'envoie pas de signature HMAC : on configure le webhook avec une authentification
 * « Bearer » (jeton généré par nous, stocké dans BREVO_WEBHOOK_BEARER) et on vérifie l'IP source
 * contre les plages publiées par Brevo (variable BREVO_WEBHOOK_CIDRS, mise à jour par Ansible).
 *
 * Événements traités : delivered, opened, unique_opened, click, soft_bounce, hard_bounce,
 * spam, unsubscribed, blocked, invalid_email, deferred.
 */
final class BrevoWebhookController
{
    private const HARD_EVENTS = ['hard_bounce', 'spam', 'unsubscribed', 'blocked', 'invalid_email'];

    public function __construct(
        private readonly ContactEventRepository $events,
        private readonly SuppressionList $suppression,
        private readonly LoggerInterface $logger,
        private readonly string $expectedBearer,   // getenv('BREVO_WEBHOOK_BEARER')
        private readonly array $allowedCidrs,      // explode(',', getenv('BREVO_WEBHOOK_CIDRS'))
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $auth = $request->getHeaderLine('Authorization');
        if (!hash_equals('Bearer ' . $this->expectedBearer, $auth)) {
            // ne jamais journaliser l'en-tête reçu
            $this->logger->warning('brevo.webhook.auth_failed', ['len' => strlen($auth)]);
            return $response->withStatus(401);
        }
        if (!$this->ipAllowed($request->getServerParams()['REMOTE_ADDR'] ?? '')) {
            $this->logger->warning('brevo.webhook.ip_refused');
            return $response->withStatus(403);
        }

        $payload = json_decode((string) $request->getBody(), true, 16, JSON_THROW_ON_ERROR);
        // Brevo peut grouper les événements (option « batched ») : on normalise en liste
        $events = array_is_list($payload) ? $payload : [$payload];

        foreach ($events as $e) {
            $type = (string) ($e['event'] ?? '');
            $email = mb_strtolower(trim((string) ($e['email'] ?? '')));
            if ($email === '' || $type === '') {
                continue;
            }
            // on ne stocke que l'empreinte de l'adresse (cf. politique de conservation CRM-POL-03)
            $hash = hash('sha256', $email);

            $this->events->record(
                emailSha256: $hash,
                type: $type,
                messageId: (string) ($e['message-id'] ?? ''),
                templateId: isset($e['template_id']) ? (int) $e['template_id'] : null,
                campaignId: isset($e['camp_id']) ? (int) $e['camp_id'] : null,
                occurredAt: (int) ($e['ts_event'] ?? $e['ts_epoch'] ?? time()),
                link: $type === 'click' ? (string) ($e['link'] ?? $e['URL'] ?? '') : null,
            );

            if (in_array($type, self::HARD_EVENTS, true)) {
                $this->suppression->add($hash, reason: $type, source: 'brevo-webhook');
            }
        }

        $this->logger->info('brevo.webhook.ok', ['count' => count($events)]);
        return $response->withStatus(204);
    }

    private function ipAllowed(string $ip): bool
    {
        foreach ($this->allowedCidrs as $cidr) {
            [$net, $bits] = explode('/', trim($cidr)) + [1 => '32'];
            $mask = -1 << (32 - (int) $bits);
            if ((ip2long($ip) & $mask) === (ip2long($net) & $mask)) {
                return true;
            }
        }
        return false;
    }
}
