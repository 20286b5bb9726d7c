<?php

declare(strict_types=1);

namespace App\Validator;

use Symfony\Component\Validator\Constraint;
use Symfony\Component\Validator\ConstraintValidator;
use Symfony\Component\Validator\Exception\UnexpectedTypeException;

/**
 * Walidacja numeru PKK (Profil Kandydata na Kierowcę) oraz pomocniczo PESEL i NIP.
 *
 * Numer PKK ma 20 cyfr i jest nadawany przez starostwo. Nie ma publicznej sumy
 * kontrolnej, więc sprawdzamy tylko długość i znaki, a istnienie profilu
 * weryfikuje dopiero info-car (PkkClient::pobierzProfil).
 *
 * Przykłady (z testów, celowo nieprawidłowe):
 *   '2026120400000000017'   -> za krótki (19 cyfr)
 *   '2026 0000 0000 0000 0000' -> spacje są usuwane, ale same zera odrzucamy
 *   'PKK-XXXXXXXXXXXXXXXXXXXX' -> placeholder z formularza
 *
 * @see https://www.gov.pl/web/gov/uzyskaj-profil-kandydata-na-kierowce-pkk
 */
final class PkkNumberValidator extends ConstraintValidator
{
    private const PKK_LENGTH = 20;
    private const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    private const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    public function validate(mixed $value, Constraint $constraint): void
    {
        if (!$constraint instanceof PkkNumber) {
            throw new UnexpectedTypeException($constraint, PkkNumber::class);
        }
        if (null === $value || '' === $value) {
            return; // pole opcjonalne na kroku 1 zapisów
        }

        $pkk = preg_replace('/[\s-]+/', '', (string) $value);

        if (!preg_match('/^\d{' . self::PKK_LENGTH . '}$/', $pkk)) {
            $this->context->buildViolation($constraint->message)
                ->setParameter('{{ value }}', $this->formatValue($value))
                ->setCode(PkkNumber::INVALID_FORMAT_ERROR)
                ->addViolation();
            return;
        }

        if (str_repeat('0', self::PKK_LENGTH) === $pkk) {
            $this->context->buildViolation($constraint->message)
                ->setCode(PkkNumber::PLACEHOLDER_ERROR)
                ->addViolation();
        }
    }

    /** Suma kontrolna PESEL - używana tylko do ostrzeżenia, nie zapisujemy PESEL w panelu. */
    public static function peselChecksumOk(string $pesel): bool
    {
        if (!preg_match('/^\d{11}$/', $pesel)) {
            return false;
        }
        $sum = 0;
        foreach (self::PESEL_WEIGHTS as $i => $w) {
            $sum += $w * (int) $pesel[$i];
        }
        return (10 - $sum % 10) % 10 === (int) $pesel[10];
    }

    /** NIP firmy płacącej za kurs (faktura na firmę, np. kat. C/CE). */
    public static function nipChecksumOk(string $nip): bool
    {
        $nip = preg_replace('/[\s-]+/', '', $nip);
        if (!preg_match('/^\d{10}$/', $nip)) {
            return false;
        }
        $sum = 0;
        foreach (self::NIP_WEIGHTS as $i => $w) {
            $sum += $w * (int) $nip[$i];
        }
        $c = $sum % 11;
        return $c !== 10 && $c === (int) $nip[9];
    }

    /** Maskowanie do logów: zostawiamy 4 ostatnie cyfry, np. "****************4471". */
    public static function mask(string $pkk): string
    {
        return str_repeat('*', max(0, strlen($pkk) - 4)) . substr($pkk, -4);
    }
}
