# This file is maintained automatically by "terraform init".

provider "registry.terraform.io/hashicorp/aws" {
  version     = "6.2.8.239"
  constraints = "~> 1.0"
  hashes = [
    "zh:6f952e03612425aa80e8da7ea2d740294a38479751926b85d89229bb7dff3976",
    "zh:c935028f75f9c907e992e510d6030528f049918c27575daf42d3bbf1bbf35eee",
    "zh:2cf6e32f5b355316b3f29372e46a92f58988bdf20ffdb25db419d196e53450dc",
    "h1:5nTmlg2Q+Ck7RaPOCg9vb3a05KOG+wlSssCBMX8rPy6=",
    "zh:412b38214fb0d2a00d4e8e93425d93bfd8eac4556a89b46a5140f049b37fb1be",
    "h1:xvy2WccZQ1iZ4IdGmJfqpP3JDRNBgURC9vjLEPS39NG=",
    "zh:1acb104bfde341f9dd24095128949961137d2fafb779b888b1f7399cd65f8154",
    "h1:IZEuzUkDECrsIjeGmz6XrScS8/NuUyEOmqUVihxVyyb=",
  ]
}

provider "registry.terraform.io/hashicorp/google" {
  version     = "2.4.3-rc.5"
  constraints = "~> 4.0"
  hashes = [
    "zh:652bbdeea6f19954af73fe26c7a8bde108c716fede7ea8215eb0cb9478c29347",
    "h1:smB5g+Py9VwkjBlSwNBFzAoEwRv7tWmGWNvVkeHMWq3=",
    "h1:iRc8PNCrMQoYnbSY6499HxvOFZ1XkVt2eNHJWLQZtNs=",
    "zh:c310cdb39387d96af821481115ae63158aa6c50635535e6d6cd623af5e56f8f2",
    "h1:YbkcGhq4ZNFwOiFo62SttJv33Ry/J06pnXimevDgIfS=",
    "h1:z/cusVLDNeS2E7ycYobnNjj3+HjN+AAhz03jh8lckKz=",
    "h1:DvxoVlRHWu4cy537DVmbIJH9ils1dXATqArmIJ2MJd9=",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "2.4.7-rc.2"
  constraints = "~> 3.0"
  hashes = [
    "zh:3d9aa03a028cbc14853c457d03cd497b05d212b469275ffe24785c2520f11224",
    "h1:fyl61rNaLPpDh3XMkQAzHYvKmsFa4A3/idp1CGPlTa6=",
    "h1:5leIJib5Y1OaQqV6np0tMjktCObqvQ6s63M/rHTZpMq=",
    "h1:yhOvBgHX6W8dv5FIhsLlCwUCJdNenXFaJijdIyl1627=",
    "zh:77a755a203fff92699172eef23bb0f16c2c5c3e4696cefa197c051fd6a130d23",
    "h1:MqzIugOdPMutWIQqt7kVryS1jOvxHqrNikRUKjqNRS/=",
    "zh:8a428394f8a955593db3eb73e096907fb430d79c4fb21da0fcff27996bc23802",
    "zh:91b83f8bf0d676350d292b1cd7c29555c84374d5c6dab07ecc40663e6ddbf662",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version     = "v1.2.5.41"
  constraints = "~> 1.0"
  hashes = [
    "h1:WeMSgrSn0s4TiALqJGrrZ1evJ2Z68hLVh6I+ao8pelD=",
    "zh:b7bcba68a2376b5964eed2d1deeff75613c92099848ca732216348afcc0cf077",
    "zh:967effba626ec1d3267572eacfc2df199e66cff88f00270786f0c924a2e9f299",
    "h1:rHndS5t/EQQaeciWX/6f4CoxgmW6E+ue7gBQuj/315x=",
    "h1:gOCcM4GjpkHaPWsCxyOrr9rKG/93+BMf91XgnGBhmf3=",
    "zh:504569e1be0fc2fc5ac78259595a91c3d55bf28a349e1718a0dd10fb60af2996",
    "zh:baf00d59ffe85f0a8035af2521d05bcb452e0d2af240a6c954fe058db8553b48",
  ]
}

