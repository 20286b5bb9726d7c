import xerial.sbt.Sonatype._

ThisBuild / organization := "com.cobblestonepay"
ThisBuild / scalaVersion := "2.13.15"
ThisBuild / versionScheme := Some("early-semver")
ThisBuild / homepage := Some(url("https://github.com/cobblestone-pay/risk-engine"))
ThisBuild / licenses := List("Apache-2.0" -> url("https://www.apache.org/licenses/LICENSE-2.0"))
ThisBuild / scmInfo := Some(
  ScmInfo(url("https://github.com/cobblestone-pay/risk-engine"), "scm:git:https://github.com/cobblestone-pay/risk-engine.git")
)
// Sonatype accepts an empty e-mail; we publish under the organisation only.
ThisBuild / developers := List(
  Developer("cobblestone-pay", "Cobblestone Pay Engineering", "", url("https://github.com/cobblestone-pay"))
)

// --- publishing ---------------------------------------------------------------
// Credentials never live in this file. CI sets SONATYPE_USERNAME / SONATYPE_PASSWORD
// (a user token, not the account password) and PGP_PASSPHRASE from repository secrets;
// locally they come from ~/.sbt/1.0/sonatype.sbt.
ThisBuild / sonatypeCredentialHost := sonatypeCentralHost
ThisBuild / publishTo := sonatypePublishToBundle.value
ThisBuild / credentials ++= (for {
  user <- sys.env.get("SONATYPE_USERNAME")
  pass <- sys.env.get("SONATYPE_PASSWORD")
} yield Credentials("Sonatype Nexus Repository Manager", "central.sonatype.com", user, pass)).toList
ThisBuild / credentials += Credentials(Path.userHome / ".sbt" / ".credentials-cobblestone-nexus")
ThisBuild / pgpPassphrase := sys.env.get("PGP_PASSPHRASE").map(_.toCharArray)
// Fingerprint of the release signing key (public, on keys.openpgp.org).
usePgpKeyHex("A108DAD65395187D42C903727C378622C9026B6D")

// --- internal mirror for private artefacts ----------------------------------------
ThisBuild / resolvers += "cobblestone-nexus" at "https://nexus.cobblestonepay.internal/repository/maven-releases/"

val catsVersion = "2.12.0"
val circeVersion = "0.14.10"
val http4sVersion = "0.23.30"

lazy val commonSettings = Seq(
  scalacOptions ++= Seq("-deprecation", "-feature", "-Xlint:_", "-Wunused:imports,privates,locals", "-Xsource:3"),
  Test / fork := true,
  Test / javaOptions += "-Drisk.secrets.provider=env",
  Test / envVars := Map("RISK_ENGINE_HMAC_KEY" -> "test-only-hmac-key-not-used-outside-tests"),
  Compile / doc / scalacOptions ++= Seq("-groups", "-skip-packages", "com.cobblestonepay.risk.internal")
)

lazy val dsl = (project in file("modules/dsl"))
  .settings(commonSettings)
  .settings(
    name := "risk-rules-dsl",
    libraryDependencies ++= Seq(
      "org.typelevel" %% "cats-parse" % "1.0.0",
      "org.scalameta" %% "munit" % "1.0.2" % Test,
      "org.scalameta" %% "munit-scalacheck" % "1.0.0" % Test
    )
  )

lazy val engine = (project in file("modules/engine"))
  .dependsOn(dsl)
  .settings(commonSettings)
  .settings(
    name := "risk-engine",
    libraryDependencies ++= Seq(
      "org.typelevel" %% "cats-effect" % "3.5.5",
      "org.typelevel" %% "cats-core" % catsVersion,
      "io.circe" %% "circe-generic" % circeVersion,
      "io.circe" %% "circe-parser" % circeVersion,
      "org.http4s" %% "http4s-ember-server" % http4sVersion,
      "org.http4s" %% "http4s-circe" % http4sVersion,
      "com.github.jwt-scala" %% "jwt-circe" % "10.0.1",
      "org.tpolecat" %% "doobie-postgres" % "1.0.0-RC5",
      "org.typelevel" %% "munit-cats-effect" % "2.0.0" % Test,
      "com.dimafeng" %% "testcontainers-scala-postgresql" % "0.41.4" % Test
    )
  )

lazy val root = (project in file("."))
  .aggregate(dsl, engine)
  .settings(publish / skip := true, name := "risk-engine-root")
