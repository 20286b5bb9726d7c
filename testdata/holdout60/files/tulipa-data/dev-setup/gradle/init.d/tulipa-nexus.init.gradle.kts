// ~/.gradle/init.d/tulipa-nexus.init.gradle.kts
//
// Stuurt alle dependency-resolutie (plugins én libraries) via de interne Nexus.
// Inloggegevens komen NIET uit dit bestand: Gradle leest ze uit de project properties
// `nexusUsername` / `nexusPassword`, dus uit ~/.gradle/gradle.properties of uit de omgeving:
//
//   export ORG_GRADLE_PROJECT_nexusUsername=<jouw-gebruikersnaam>
//   export ORG_GRADLE_PROJECT_nexusPassword=<zie 1Password, kluis "Platform">
//
// In CI (GitHub Actions) zetten we ze vanuit de secrets NEXUS_USERNAME en NEXUS_PASSWORD.
// Versie van dit script: 2026.11.2, checksum in dev-setup/CHECKSUMS.sha256

val nexusBase = "https://nexus.tulipa-data.nl/repository"
val nexusPublic = "$nexusBase/maven-public/"
val nexusPlugins = "$nexusBase/gradle-plugins/"

fun org.gradle.api.artifacts.dsl.RepositoryHandler.tulipaNexus(url: String) {
    maven {
        name = "nexus"
        setUrl(url)
        credentials(PasswordCredentials::class)
        content {
            excludeGroupByRegex("com\\.tulipa\\.experimental\\..*")
        }
    }
}

settingsEvaluated {
    pluginManagement {
        repositories {
            clear()
            tulipaNexus(nexusPlugins)
        }
    }
    dependencyResolutionManagement {
        repositoriesMode.set(RepositoriesMode.PREFER_SETTINGS)
        repositories {
            clear()
            tulipaNexus(nexusPublic)
        }
    }
}

allprojects {
    repositories {
        all {
            if (this is MavenArtifactRepository && !url.toString().startsWith(nexusBase)) {
                logger.lifecycle("tulipa-nexus: repository '$name' ($url) wordt vervangen door Nexus")
                remove(this)
            }
        }
    }
}

gradle.projectsEvaluated {
    val user = providers.gradleProperty("nexusUsername").orNull
    val pass = providers.gradleProperty("nexusPassword").orNull
    if (user == null || pass == null) {
        logger.warn(
            "tulipa-nexus: nexusUsername/nexusPassword ontbreken. Zet ORG_GRADLE_PROJECT_nexusUsername en " +
            "ORG_GRADLE_PROJECT_nexusPassword (waarde: op://Platform/nexus-gradle/password)."
        )
    }
}

// Integriteit: dependency verification staat aan in de projecten zelf (gradle/verification-metadata.xml).
// Bekende sleutel-ID van onze eigen artefacten: 24875D73 (vingerafdruk eindigt op ...2487 5D73).
// Build-scan publicatie gaat naar https://gradle.tulipa-data.nl, token via GRADLE_ENTERPRISE_ACCESS_KEY.
