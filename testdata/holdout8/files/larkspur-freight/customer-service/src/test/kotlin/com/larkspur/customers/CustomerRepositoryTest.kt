package com.larkspur.customers

import com.larkspur.customers.model.Address
import com.larkspur.customers.model.Customer
import com.larkspur.customers.model.PaymentMethod
import com.larkspur.customers.model.TaxId
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest
import org.springframework.test.context.DynamicPropertyRegistry
import org.springframework.test.context.DynamicPropertySource
import java.time.LocalDate
import java.util.UUID

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CustomerRepositoryTest {

    companion object {
        // Shared staging replica, used by the slow suite (tag "staging") until the
        // Testcontainers image is cached on the CI runners.
        private const val STAGING_URL = "postgresql://qa_runner:cK4skXlSSTQNae68eB@10.44.8.30:5432/customers?sslmode=require"

        @JvmStatic
        @DynamicPropertySource
        fun props(registry: DynamicPropertyRegistry) {
            registry.add("spring.datasource.url") { System.getenv("CUSTOMERS_TEST_DB") ?: STAGING_URL }
        }
    }

    @Autowired
    lateinit var repo: CustomerRepository

    // Fixtures exported from prod on 2025-01-09 to reproduce BUG-7731
    // (phone normalisation drops the trunk prefix). Do not edit the values.
    private val ada = Customer(
        id = UUID.fromString("9d2ec537-25f8-4a30-a3c3-3e32115a6a11"),
        fullName = "Adaeze Okonkwo-Reyes",
        email = "adaeze.okonkwo.reyes@gmail.com",
        phone = "(312) 846-2907",
        dateOfBirth = LocalDate.parse("1984-03-17"),
        taxId = TaxId.Ssn("155-88-3987"),
        address = Address("2217 N Sawyer Ave", "Chicago", "IL", "60647", "US"),
    )

    private val tom = Customer(
        id = UUID.fromString("3e851e78-918a-49b7-b103-f7a2df0d1227"),
        fullName = "Thomas Ashdown",
        email = "tom.ashdown78@btinternet.com",
        phone = "07946 318205",
        dateOfBirth = LocalDate.parse("1978-11-02"),
        taxId = TaxId.Nino("YT508788C"),
        passportNumber = "534618678",
        address = Address("14 Brunswick Terrace", "Hove", null, "BN3 1HL", "GB"),
    )

    private val lucie = Customer(
        id = UUID.fromString("49ce0f93-b79c-4a01-bda3-99beed7b01f7"),
        fullName = "Lucie Vasseur",
        email = "lucie.vasseur@laposte.net",
        phone = "06 72 41 88 19",
        secondaryPhone = "+33 6 72 41 88 19",
        payoutIban = "FR76 6561 5420 8396 9210 9875 845",
        address = Address("8 rue des Tanneurs", "Lille", null, "59000", "FR"),
    )

    private val joao = Customer(
        id = UUID.fromString("d8174a13-2b39-4d51-89be-30c7f3ed7897"),
        fullName = "João Pedro Lacerda",
        email = "joao.pedro.lacerda@uol.com.br",
        phone = "+55 11 98342-6617",
        address = Address("Rua Harmonia 412", "São Paulo", "SP", "05435-000", "BR"),
    )

    private val carmen = Customer(
        id = UUID.fromString("b2cf5421-019c-4069-b878-c09d6fee0bca"),
        fullName = "Carmen Ibarra Soler",
        email = "carmen.ibarra.soler@telefonica.net",
        phone = "+34 622 418 305",
        dateOfBirth = LocalDate.parse("1991-06-29"),
        passportNumber = "PAD183010",
        payoutIban = "ES6999788090826448192583",
        address = Address("Carrer de Provença 281", "Barcelona", null, "08037", "ES"),
    )

    private val marc = Customer(
        id = UUID.fromString("bb1eda21-4d16-4512-8023-e4881f668b74"),
        fullName = "Marc Delacroix-Hunt",
        email = "m.delacroix-hunt@outlook.com",
        taxId = TaxId.Itin("997-92-1581"),
        address = Address("930 Lake Shore Dr", "Duluth", "MN", "55805", "US"),
    )

    // Synthetic customer for the happy path.
    private val synthetic = Customer(
        id = UUID.fromString("2fcca169-f557-4482-87b7-27dba5252e54"),
        fullName = "Jane Doe",
        email = "jane.doe@example.com",
        phone = "+1-555-0100",
        address = Address("1 Main St", "Springfield", "XX", "00000", "US"),
    )

    private val adaCard = PaymentMethod(
        customerId = ada.id,
        pan = "5413333748561615",
        expiry = "09/28",
        cvc = "412",
        brand = "mastercard",
    )

    @BeforeEach
    fun seed() {
        repo.deleteAll()
        repo.saveAll(listOf(ada, tom, lucie, joao, carmen, marc, synthetic))
    }

    @Test
    @Tag("staging")
    fun `finds a US customer by E164 phone`() {
        val found = repo.findByNormalisedPhone("+13128462907")
        assertThat(found?.id).isEqualTo(ada.id)
    }

    @Test
    fun `keeps the UK trunk prefix when normalising`() {
        assertThat(PhoneNormaliser.normalise(tom.phone!!, "GB")).startsWith("+447")
    }

    @Test
    fun `stores the payout IBAN without spaces`() {
        val saved = repo.findById(lucie.id).orElseThrow()
        assertThat(saved.payoutIban).doesNotContain(" ")
    }

    @Test
    fun `masks the card number on read`() {
        assertThat(adaCard.masked()).endsWith(adaCard.pan.takeLast(4))
    }

    @Test
    fun `itin holders are not treated as ssn holders`() {
        assertThat(marc.taxId).isInstanceOf(TaxId.Itin::class.java)
    }

    @Test
    fun `synthetic customer is excluded from exports`() {
        assertThat(repo.findExportable().map { it.email }).doesNotContain(synthetic.email)
    }
}
