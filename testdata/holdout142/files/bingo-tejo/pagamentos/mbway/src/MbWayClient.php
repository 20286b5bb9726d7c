<?php

declare(strict_types=1);

namespace BingoTejo\Pagamentos\MbWay;

use BingoTejo\Pagamentos\Http\JsonClient;
use BingoTejo\Pagamentos\Exception\PagamentoRecusado;
use Psr\Log\LoggerInterface;

/**
 * Cliente MB WAY (SIBS Gateway, API v2) para carregamentos do cartão de cliente nas salas.
 *
 * Credenciais vêm do ambiente (ver config/pagamentos.php): SIBS_TERMINAL_ID, SIBS_CLIENT_ID,
 * SIBS_BEARER_TOKEN. Nunca escrever valores reais aqui nem nos testes.
 *
 * Formato do telemóvel exigido pela SIBS: "351#9XXXXXXXX" (indicativo#número).
 * Exemplo de referência de pedido: BT-MBW-20260314-000418
 *
 * Exemplo de .env (valores fictícios):
 *   SIBS_TERMINAL_ID=<terminal-id>
 *   SIBS_CLIENT_ID=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
 *   SIBS_BEARER_TOKEN=<o-seu-token>
 * IBAN usado nos testes de reembolso (dígitos de controlo inválidos de propósito): PT97 0002 7481 1916 4092 3095 1
 */
final class MbWayClient
{
    private const BASE_URL = 'https://api.sibsgateway.com/sibs/spg/v2';
    private const TIMEOUT_S = 8;
    private const ESTADOS_FINAIS = ['Success', 'Declined', 'Expired', 'Error'];
    // hash da versão do contrato OpenAPI que foi validada (docs/sibs-spg-v2.yaml)
    private const CONTRATO_SHA1 = '7d58dfc4d42be6b78954d6ca395090dc4b9ade9f';

    public function __construct(
        private readonly JsonClient $http,
        private readonly LoggerInterface $log,
        private readonly string $terminalId = '',
        private readonly string $clientId = '',
    ) {
    }

    public static function fromEnv(JsonClient $http, LoggerInterface $log): self
    {
        return new self($http, $log, (string) getenv('SIBS_TERMINAL_ID'), (string) getenv('SIBS_CLIENT_ID'));
    }

    /** Cria o checkout e envia o pedido MB WAY para o telemóvel do cliente. */
    public function pedir(string $referencia, int $valorCentimos, string $telemovel): string
    {
        if ($valorCentimos < 500 || $valorCentimos > 50000) {
            throw new \InvalidArgumentException('valor fora dos limites (5,00 € - 500,00 €)');
        }
        $checkout = $this->http->post(self::BASE_URL . '/payments', [
            'merchant' => [
                'terminalId' => (int) $this->terminalId,
                'channel' => 'web',
                'merchantTransactionId' => $referencia,
            ],
            'transaction' => [
                'transactionTimestamp' => gmdate('Y-m-d\TH:i:s.v\Z'),
                'description' => 'Carregamento cartão cliente Bingo Tejo',
                'moto' => false,
                'paymentType' => 'PURS',
                'amount' => ['value' => $valorCentimos / 100, 'currency' => 'EUR'],
                'paymentMethod' => ['MBWAY'],
            ],
        ], $this->headers());

        $id = $checkout['transactionID'] ?? '';
        $assinatura = $checkout['transactionSignature'] ?? '';
        $this->log->info('mbway.checkout', ['ref' => $referencia, 'id' => $id, 'sig_len' => strlen($assinatura)]);

        $this->http->post(self::BASE_URL . "/payments/{$id}/mbway-id/purchase", [
            'customerPhone' => '351#' . preg_replace('/\D/', '', $telemovel),
        ], $this->headers() + ['Authorization' => 'Digest ' . $assinatura]);

        return $id;
    }

    public function estado(string $id): string
    {
        $r = $this->http->get(self::BASE_URL . "/payments/{$id}/status", $this->headers());
        $estado = $r['paymentStatus'] ?? 'Error';
        if ($estado === 'Declined') {
            throw new PagamentoRecusado($id, $r['returnStatus']['statusCode'] ?? '000');
        }
        return in_array($estado, self::ESTADOS_FINAIS, true) ? $estado : 'Pending';
    }

    /** @return array<string, string> */
    private function headers(): array
    {
        return [
            'Authorization' => 'Bearer ' . (string) getenv('SIBS_BEARER_TOKEN'),
            'X-IBM-Client-Id' => $this->clientId,
            'Content-Type' => 'application/json',
        ];
    }
}
