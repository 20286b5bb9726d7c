import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
    alias(libs.plugins.ksp)
    alias(libs.plugins.google.services)
    alias(libs.plugins.sentry)
}

val versionProps = Properties().apply {
    rootProject.file("version.properties").inputStream().use { load(it) }
}

android {
    namespace = "app.pipit.health"
    compileSdk = 35

    defaultConfig {
        applicationId = "app.pipit.health"
        minSdk = 26
        targetSdk = 35
        versionCode = versionProps.getProperty("versionCode").toInt()
        versionName = versionProps.getProperty("versionName")
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        buildConfigField("String", "API_BASE_URL", "\"https://api.pipithealth.app/v2/\"")
        buildConfigField("String", "MAPS_API_KEY", "\"AIzarN_ytrcDQwoLlza4tomgt8Hae8FWnRGHsb9\"")
        manifestPlaceholders["mapsApiKey"] = "AIzarN_ytrcDQwoLlza4tomgt8Hae8FWnRGHsb9"
        resourceConfigurations += listOf("en", "en-rGB", "cy", "pl")
    }

    signingConfigs {
        getByName("debug") {
            // the SDK's standard debug keystore, checked in so every dev build has the same SHA-1
            storeFile = file("${rootDir}/keystores/debug.keystore")
            storePassword = "android"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
        create("release") {
            // TODO(PLAT-882): go back to keystore.properties once CI can mount secure files
            storeFile = file("${rootDir}/keystores/pipit-upload.jks")
            storePassword = "pyTEMQyD!RfJPtHU"
            keyAlias = "pipit-upload"
            keyPassword = "gsNDAHGsZ#kVI4aw"
        }
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            isDebuggable = true
            buildConfigField("String", "API_BASE_URL", "\"https://api.staging.pipithealth.app/v2/\"")
        }
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions {
        jvmTarget = "17"
    }
    buildFeatures {
        compose = true
        buildConfig = true
    }
    packaging {
        resources.excludes += "/META-INF/{AL2.0,LGPL2.1}"
    }
}

sentry {
    org.set("pipit-health")
    projectName.set("android")
    authToken.set("sntrys_eyJpYXQiOjE3NTkzMjA2MTEsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vZGUuc2VudHJ5LmlvIiwib3JnIjoicGlwaXQtaGVhbHRoIn0_sRWRu9uU1ARIyScqv-O2Ep5mB0Z9BozmKiJEwLTyf5r")
    includeSourceContext.set(true)
    autoUploadProguardMapping.set(true)
    telemetry.set(false)
}

dependencies {
    implementation(platform(libs.androidx.compose.bom))
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.compose.material3)
    implementation(libs.androidx.security.crypto)
    implementation(libs.androidx.biometric)
    implementation(libs.androidx.room.runtime)
    ksp(libs.androidx.room.compiler)
    implementation(libs.play.services.maps)
    implementation(libs.retrofit)
    implementation(libs.okhttp.logging)
    implementation(libs.sentry.android)

    testImplementation(libs.junit)
    androidTestImplementation(libs.androidx.test.ext.junit)
    androidTestImplementation(libs.androidx.compose.ui.test.junit4)
}
