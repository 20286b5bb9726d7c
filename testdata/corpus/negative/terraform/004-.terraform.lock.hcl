# This file is maintained automatically by "terraform init".

provider "registry.terraform.io/hashicorp/aws" {
  version     = "0.25.22"
  constraints = "~> 3.0"
  hashes = [
    "zh:db42613170545404ca48a666931bd6fc83f1c862437145bd0e862546f4243d3f",
    "zh:ff67c5d680af22e7343c107f19704e88d4dca74a8c07c82534308c9f15879bbb",
    "zh:5430ea53135c455edb0c654422c34dce4bf3ff83e86e5260d80d659997baf43b",
    "h1:uTBIKRFOXd8ROTymYe55HxTT1K+8HOt2IoHwmWwloHX=",
  ]
}

provider "registry.terraform.io/hashicorp/google" {
  version     = "7.34.2"
  constraints = "~> 5.0"
  hashes = [
    "zh:b5efd653ba6cc59558003173b26ea3f871547db2826c21d8e6acb598eb9dedb7",
    "h1:qFZBlR8oE1YBBfwBNZbm/hJL2q6/0Q+E5diP9W1BG/p=",
    "zh:2bd3d81eace12e9e1ce961b3a524142d37954fd31d02e680cee045a31efa7d26",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "5.16.2.168"
  constraints = "~> 5.0"
  hashes = [
    "zh:2af557de14b808f45a48574801b33d4528c9418f28a7391c1879a8a19d238e99",
    "h1:ul4Q0jnyaFDkGYD6mHt/yeX7bzvF2S+LegZraqoVaXs=",
    "zh:08186e4d82284ee740928260678ed5614bf9f60e3cd831f5f373c2d983ebcd3d",
    "zh:8061b2e8e6fac635560e39a2fa05de6deda151cd6ceab305061c5996027045a4",
    "zh:8661cf20c616eb6ed8c4225ca17f7805679db6b3bcac7f4f73c1575770d3b986",
    "zh:563ba5cfac583b9b58a4b7d7241db0604a19eac15e9b7f7c1649f902734ad3c7",
    "zh:54e5bd7f151d7b74e74509a173893671be389f24e1bf234a527ff585e909123f",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version     = "7.6.8.55"
  constraints = "~> 5.0"
  hashes = [
    "zh:2fe06ddea86ae9db43095158171afad9f5fba361dd0f0e39b3b19286d135edf0",
    "zh:3186c3798e2c16fb3a1eca0a47b107d616194009325d71494141fea0985b3bf6",
    "h1:tAgRNYzPxJ1gkkSGYGFFIu3MrPlNyvNlaZ5fo5Kaj8p=",
    "zh:b1f8d09045f684c02e8814e0a95ec91a3cced07ae4db572a66bf8f3d240242ed",
    "zh:c45ac3fc8ce91d8fe54492ad9e57123b599d0d06e1fa088c083c7aea29b10589",
    "zh:92b3fd1548da706808eb97a286af1c6a4712eef8db9cf42c9e575d6c8dcbbdc4",
    "zh:c8bad31def972df027800d8a2b90e4654abb4b9226106d6848ecea3f3137b5fd",
  ]
}

