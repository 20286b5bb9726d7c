import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
    alias(libs.plugins.ksp)
    alias(libs.plugins.google.services)
    alias(libs.plugins.firebase.crashlytics)
    alias(libs.plugins.secrets.gradle)
    alias(libs.plugins.sentry.android)
}

// local.properties is optional (CI has none); values come from -P properties or the environment.
val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use(::load)
}
fun secret(name: String): String? =
    providers.gradleProperty(name).orNull
        ?: System.getenv(name.uppercase().replace('.', '_'))
        ?: localProps.getProperty(name)

android {
    namespace = "uk.co.tidewell.app"
    compileSdk = 35

    defaultConfig {
        applicationId = "uk.co.tidewell.app"
        minSdk = 26
        targetSdk = 35
        versionCode = (System.getenv("TIDEWELL_VERSION_CODE") ?: "1").toInt()
        versionName = "4.12.0"
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"
        buildConfigField("String", "API_BASE_URL", "\"https://api.tidewell.co.uk/\"")
        manifestPlaceholders["appAuthRedirectScheme"] = "uk.co.tidewell.app"
    }

    signingConfigs {
        getByName("debug") {
            // Shared debug keystore so the Firebase/Google sign-in SHA-1 matches on every laptop.
            // SDK default credentials: not secret.
            storeFile = rootProject.file("keys/debug.keystore")
            storePassword = "android"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
        create("release") {
            // Play App Signing: this is only the UPLOAD key. Values never live in the repo.
            // CI passes -Pandroid.injected.signing.* instead, which overrides this block.
            secret("tidewell.signing.storeFile")?.let { storeFile = file(it) }
            storePassword = secret("tidewell.signing.storePassword")
            keyAlias = secret("tidewell.signing.keyAlias") ?: "upload"
            keyPassword = secret("tidewell.signing.keyPassword")
        }
    }

    flavorDimensions += "env"
    productFlavors {
        create("staging") {
            dimension = "env"
            applicationIdSuffix = ".staging"
            buildConfigField("String", "API_BASE_URL", "\"https://api.staging.tidewell.co.uk/\"")
        }
        create("prod") { dimension = "env" }
    }

    buildTypes {
        debug {
            signingConfig = signingConfigs.getByName("debug")
            isMinifyEnabled = false
        }
        release {
            signingConfig = signingConfigs.getByName("release")
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            configure<com.google.firebase.crashlytics.buildtools.gradle.CrashlyticsExtension> {
                mappingFileUploadEnabled = true
            }
        }
    }
    buildFeatures { compose = true; buildConfig = true }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

secrets {
    // MAPS_API_KEY etc. Debug/dev builds use the committed defaults file ("REPLACE_ME").
    propertiesFileName = "local.properties"
    defaultPropertiesFileName = "secrets.defaults.properties"
    ignoreList.add("sdk.*")
    ignoreList.add("tidewell.signing.*")
}

sentry {
    org.set("tidewell-health")
    projectName.set("android")
    authToken.set(providers.environmentVariable("SENTRY_AUTH_TOKEN"))
    includeSourceContext.set(false)
    autoUploadProguardMapping.set(providers.environmentVariable("CI").isPresent)
}

dependencies {
    implementation(platform(libs.compose.bom))
    implementation(platform(libs.firebase.bom))
    implementation(libs.firebase.messaging)
    implementation(libs.firebase.crashlytics)
    implementation(libs.androidx.security.crypto) // EncryptedSharedPreferences for session tokens (TWH-2304)
    implementation(libs.okhttp)
    implementation(libs.play.services.maps)
    ksp(libs.room.compiler)
    testImplementation(libs.junit)
}
