package app.pipit.health.ble

import java.util.UUID

/**
 * GATT UUIDs the app talks to.
 *
 * Standard services and characteristics are 16-bit SIG-assigned numbers
 * expanded with the Bluetooth Base UUID (Core spec, Vol 3, Part B, 2.5.1):
 * 0000xxxx-0000-1000-8000-00805F9B34FB.
 */
object GattUuids {
    private const val BASE_SUFFIX = "-0000-1000-8000-00805f9b34fb"

    fun sig(short: Int): UUID = UUID.fromString("%08x".format(short) + BASE_SUFFIX)

    // --- SIG services -------------------------------------------------------
    val HEART_RATE_SERVICE: UUID = UUID.fromString("0000180d-0000-1000-8000-00805f9b34fb")
    val BLOOD_PRESSURE_SERVICE: UUID = UUID.fromString("00001810-0000-1000-8000-00805f9b34fb")
    val WEIGHT_SCALE_SERVICE: UUID = UUID.fromString("0000181d-0000-1000-8000-00805f9b34fb")
    val GLUCOSE_SERVICE: UUID = UUID.fromString("00001808-0000-1000-8000-00805f9b34fb")
    val BATTERY_SERVICE: UUID = UUID.fromString("0000180f-0000-1000-8000-00805f9b34fb")
    val DEVICE_INFORMATION_SERVICE: UUID = UUID.fromString("0000180a-0000-1000-8000-00805f9b34fb")
    val CURRENT_TIME_SERVICE: UUID = UUID.fromString("00001805-0000-1000-8000-00805f9b34fb")

    // --- SIG characteristics ------------------------------------------------
    val HEART_RATE_MEASUREMENT: UUID = sig(0x2A37)
    val BODY_SENSOR_LOCATION: UUID = sig(0x2A38)
    val BLOOD_PRESSURE_MEASUREMENT: UUID = sig(0x2A35)
    val INTERMEDIATE_CUFF_PRESSURE: UUID = sig(0x2A36)
    val WEIGHT_MEASUREMENT: UUID = sig(0x2A9D)
    val GLUCOSE_MEASUREMENT: UUID = sig(0x2A18)
    val RECORD_ACCESS_CONTROL_POINT: UUID = sig(0x2A52)
    val BATTERY_LEVEL: UUID = sig(0x2A19)
    val MANUFACTURER_NAME: UUID = sig(0x2A29)
    val MODEL_NUMBER: UUID = sig(0x2A24)
    val SERIAL_NUMBER: UUID = sig(0x2A25)
    val FIRMWARE_REVISION: UUID = sig(0x2A26)
    val CURRENT_TIME: UUID = sig(0x2A2B)

    /** Client Characteristic Configuration descriptor, written to enable notifications. */
    val CCCD: UUID = UUID.fromString("00002902-0000-1000-8000-00805f9b34fb")

    // --- Pipit vendor service (firmware >= 2.4) ----------------------------
    // Random (version 4) UUIDs allocated for our own service; not secret.
    val PIPIT_SERVICE: UUID = UUID.fromString("8387fa4b-11c5-432b-8696-ece6f7b2c7cb")
    val PIPIT_PAIRING_CHALLENGE: UUID = UUID.fromString("f36e552d-d52c-487f-8a0f-a30d8d74f3cc")
    val PIPIT_PAIRING_RESPONSE: UUID = UUID.fromString("a2cf85fd-a888-4fba-ba45-ec163878b938")
    val PIPIT_BULK_SYNC: UUID = UUID.fromString("2d825204-fc98-4628-b632-d8e289f03c0a")
    val PIPIT_DFU_CONTROL: UUID = UUID.fromString("7e2e6d13-2d86-42b5-acc6-8ed873a83a69")

    /** Company identifier in manufacturer-specific advertising data (0xFFFF = testing only). */
    const val COMPANY_ID_TESTING: Int = 0xFFFF

    val NAMES: Map<UUID, String> = mapOf(
        HEART_RATE_SERVICE to "Heart Rate",
        BLOOD_PRESSURE_SERVICE to "Blood Pressure",
        WEIGHT_SCALE_SERVICE to "Weight Scale",
        GLUCOSE_SERVICE to "Glucose",
        BATTERY_SERVICE to "Battery",
        DEVICE_INFORMATION_SERVICE to "Device Information",
        CURRENT_TIME_SERVICE to "Current Time",
        PIPIT_SERVICE to "Pipit",
    )

    fun describe(uuid: UUID): String =
        NAMES[uuid] ?: if (uuid.toString().endsWith(BASE_SUFFIX)) {
            "SIG 0x%04X".format((uuid.mostSignificantBits ushr 32).toInt())
        } else {
            uuid.toString()
        }
}
