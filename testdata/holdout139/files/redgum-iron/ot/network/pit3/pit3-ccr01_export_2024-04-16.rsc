# 2024-04-16 09:12:44 by RouterOS 7.14.2
# software id = JR90-RRJT
#
# model = CCR2004-16G-2S+
# serial number = HGBP3CVIRAB
/interface bridge
add name=br-pit protocol-mode=none vlan-filtering=yes comment="pit backhaul - Mt Wirrangu"
/interface vlan
add interface=br-pit name=vlan110-fms vlan-id=110 comment="FMS / dispatch radios"
add interface=br-pit name=vlan120-ahs vlan-id=120 comment="AHS supervisory (do not touch - change via CAB)"
add interface=br-pit name=vlan130-cctv vlan-id=130
add interface=br-pit name=vlan140-plc vlan-id=140 comment="crusher CV01/CV02 PLC ring"
/interface bridge port
add bridge=br-pit interface=sfp-sfpplus1 comment="uplink to core-dc01 (fibre pair 7/8)"
add bridge=br-pit interface=ether2 pvid=110 comment="Wenco radio mast RM-03"
add bridge=br-pit interface=ether3 pvid=140 comment="CV01 PLC ring"
add bridge=br-pit interface=ether4 pvid=130
/interface bridge vlan
add bridge=br-pit tagged=br-pit,sfp-sfpplus1 vlan-ids=110,120,130,140
/ip address
add address=10.110.4.2/24 interface=vlan110-fms network=10.110.4.0 comment="mgmt"
/ip dns
set servers="" use-doh-server=https://dns.redgumiron.com.au/dns-query verify-doh-cert=yes
/ip route
add dst-address=0.0.0.0/0 gateway=10.110.4.1 distance=1 comment="default via pit-fw01"
/interface bridge host
add bridge=br-pit interface=ether3 mac-address=28:63:36:63:1B:EA vid=140 comment="CV01 S7-1500 CPU (plc-cv01.ot) - static FDB, see OT-CHG-2291"
/radius
add address=10.20.0.41 secret=l1JG1lNjt%pK6Nkex2S9 service=login timeout=3s comment="ise-dc01"
/user aaa
set use-radius=yes default-group=read
/system logging
add action=memory topics=critical,account,firewall
/system ntp client
set enabled=yes
/system ntp client servers
add address=ntp1.redgumiron.com.au
add address=ntp2.redgumiron.com.au
/snmp
set enabled=yes contact="OT Network Team" location="Pit 3 comms hut CH-3" trap-version=3
/snmp community
set [ find default=yes ] disabled=yes
add name=ot-ro security=private authentication-protocol=SHA1 encryption-protocol=AES
/certificate settings
set crl-use=yes
/ip service
set telnet disabled=yes
set ftp disabled=yes
set www disabled=yes
set api disabled=yes
set winbox port=8291
set ssh port=22 strong-crypto=yes
/system clock
set time-zone-name=Australia/Perth
/system identity
set name=pit3-ccr01
/system routerboard settings
set auto-upgrade=no
/tool romon
set enabled=no
