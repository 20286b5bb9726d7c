# 2024-12-02 11:05:44 by RouterOS 7.16.2
# software id = 7HQM-XK2D
#
# model = RB5009UG+S+
# serial number = HFB09D5A194
/interface bridge
add admin-mac=48:A9:8A:A2:5D:CC auto-mac=no comment=defconf name=bridge vlan-filtering=yes
/interface wireguard
add comment="大阪工場" listen-port=13231 mtu=1420 name=wg-osaka private-key="2E5I+1kDJS4SwJaHynXkxa+EOhs+FryH++MfWb0r52s="
/interface vlan
add interface=bridge name=vlan30-plc vlan-id=30
add interface=bridge name=vlan40-camera vlan-id=40
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk disable-pmkid=yes name=sec-factory-iot passphrase="i83=#uZ_-MjuY5p*v" wps=disable
/interface wifi configuration
add country=Japan name=cfg-factory-iot security=sec-factory-iot ssid=KRM-Factory-IoT
/interface wifi capsman
set enabled=yes interface=bridge package-path="" require-peer-certificate=no upgrade-policy=suggest-same-version
/interface wifi provisioning
add action=create-dynamic-enabled comment="工場棟 cAP ax" master-configuration=cfg-factory-iot supported-bands=2ghz-ax
/ip ipsec profile
add dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256 name=prof-nagoya
/ip ipsec peer
add address=87.139.188.81/32 comment="名古屋営業所 (IX2215)" exchange-mode=ike2 name=peer-nagoya profile=prof-nagoya
/ip ipsec proposal
add auth-algorithms=sha256 enc-algorithms=aes-256-gcm name=prop-nagoya pfs-group=ecp256
/interface list
add comment=defconf name=WAN
add comment=defconf name=LAN
/interface list member
add comment=defconf interface=bridge list=LAN
add comment=defconf interface=ether1 list=WAN
add interface=wg-osaka list=LAN
/interface wireguard peers
add allowed-address=192.168.60.0/24,10.255.0.0/30 endpoint-address=vpn-osaka.kuromatsu-seiki.co.jp endpoint-port=13231 interface=wg-osaka name=peer-osaka persistent-keepalive=25s public-key="pSjIE7ecIAqFnR1j4eZBWcec9YEfCB1KkU1YCsI+bQI="
/ip address
add address=192.168.71.1/24 comment=defconf interface=bridge network=192.168.71.0
add address=10.255.0.1/30 interface=wg-osaka network=10.255.0.0
/ip dhcp-client
add comment=defconf interface=ether1
/ip ipsec identity
add peer=peer-nagoya secret="Dh96nBYk5PsgsT+!#srvq"
/ip ipsec policy
add dst-address=192.168.70.0/24 peer=peer-nagoya proposal=prop-nagoya src-address=192.168.71.0/24 tunnel=yes
/snmp community
set [ find default=yes ] disabled=yes
/system clock
set time-zone-name=Asia/Tokyo
/system identity
set name=rb5009-honsha
/system ntp client
set enabled=yes
/system ntp client servers
add address=ntp.nict.jp
