#!/bin/sh
# provision-gateway.sh - Prairie North Grain yard gateway (Teltonika RUTX11)
# Bridges BinSense grain-bin cables (temp/moisture) and the JDLink yard geofence to our MQTT broker.
# Usage: ./provision-gateway.sh <SITE-CODE>      e.g. ./provision-gateway.sh ROSETOWN-02
# Run once from the laptop over the gateway's web terminal. Tested on RUTOS 7.14.
set -eu

SITE="${1:-ROSETOWN-02}"
MQTT_HOST="mqtt.binsense.prairienorth.example"
MQTT_PORT=8883
MQTT_USER="gw-$(echo "$SITE" | tr 'A-Z' 'a-z')"
MQTT_PASSWORD='JIB4MeD8w=c2nm?Qma'   # TODO(ops-412): move to uci secret store before next season
TOPIC_PREFIX="png/$SITE/bins"
BIN_CABLE_IDS="BS-4C-814628 BS-4C-784231 BS-6C-946165 BS-6C-531959"

mkdir -p /etc/binsense/certs

# CA of the broker (public, fine to keep in git)
cat > /etc/binsense/certs/ca.pem <<'PEM'
-----BEGIN CERTIFICATE-----
MIIDcDCCr1m+21TIEUXSPevrNLiy+RtpYRJP5Y4DeG30zAHBLtCAomfZCVbxShRC
0IgbfeO5yIEiMQJ4+i8cHNtDMI9/1kXrH0nakmJ3TwVKW9AJ9xZuarrzz3wnpT3m
w+2WdbKqdS/lMhtAMtpfL6EgXrjz7nPEEN/Riwza/r9xVNwkOwTSlx4i6QPL7r/G
pRA6BzIPZ5EJ1pvGo8VIb3AxPPy5iC0ViB6i3TgbgZQXtpqPRSHGb/gb7atpCoM6
7A25Da8y4AdDzuINqHyhAdlLu49GrbcdLTeJDOUXHPAb+sIUylF/F3aWOgY/xKv9
QYExIpLF0C3Z9zhFOk6dPXDtugESfrc6HLgdE6Ocip6wcgC48AY4UFH9Fh3Nm645
l05USQmu3JXrSel5Zx+QQufamaDXitE+qbn8zjP9iU2NKm7iqrOwsk8wJfs4RIdx
eWCXMgcvXAbxltVN3BV5hTu4n6N9X3dh/IoQpCe5Hz9x+zfJyxb/bwXhkl/3CC5H
VbqBDhf/B7jWfujzWVUlOhZqxRrHJYatvsvGezVLK2afuNleYuPrLRWj1BjXikVS
xEptDtEmfgjcMWOaEs5lErKBgWJulW9SkmqDuW2o3qdgxvRikCrW+NaAVKOgjCRG
+UhO0oyGspqXtCs7r6RNIry4JFpgHvqmGFMQvTiPVdmo3d9NieRt4skcudljdYDQ
IIr59w40ODLzqXGYrcqs4Ge16XvR25nxBBSF0joVFI7Fi5vm2JKBASYshHAiKjig
kUDxLlZ4GrovkFwCL89OehgI6RcY4z17gf3GtDZsJ+m5deUzMtvZzxG/VYRdg5l0
+4Z62ZW7xWi9nFLOEcNS23tuG5E+EE1SdtjckRJtVTlS1uLqf/HR+LhB45DiolOL
uFLQugIACZDjZrpusTdA7YNaqYh2ZqIhHGPxrATaXOha8bWVmAgittueJPwxJqoR
4jegv1h0gfqtenwrXmw4eNhMThVGBW9G7owZKndspdAu4fWabdf9TZKue3uCKYN9
rqokOdgshGtzsCNBanxf6T+Hmh9a7UU3A4FH4mDWJ1YeN+FgFOpaX8SggFftQgD6
R8itlzqmeR13P1FAXa2zd+WcGeSX9ewD97nfiJkM4dncthRVVwxDskMNkc3cg1ft
zHmmAzeLd0v/4ZBoSX4JZBkgwQE=
-----END CERTIFICATE-----
PEM

# client certificate for CN=gw-rosetown-02 (sha256 fingerprint 931981A28CB4C056...)
cat > /etc/binsense/certs/client.crt <<'PEM'
-----BEGIN CERTIFICATE-----
MIIC+DCC0rL+R364uegjjKYwveFyv1/iRrlihd8hqAh+JjWz6zZVWfIaLgnR9aP+
fi8Gn9pp26OGhHwPzXOKfGwowoe83caCCxGD21CVqr/S/ov6J2yLH8W07tTKqjir
jneCQ4WeqI2eB4aYlNhrh4OecuA9F5I0Om8IdR4NNBnt3vUodf8gmjw/TN7ofrcx
xmUzhCwne/yFXsDhIZx6Qk27H9hG7MWFdK+hd5ns9qcbHcaMW2oOpuKKxblu+abG
di5k0mIJYNMaplA0EdvDWdnMooUE+7eshLin/9So6JH3RyH5kYx80EAfwO+s1JBE
Ja+P3zNeEKe5vVzi+rgItGgQFlRiIIa9SUJ0mMNB7bqHo6eqM5XDiZgowndq5rrC
RR1vq00kFg9Iyx7R5Czy7bIIwxyveGb8AuXLHbmJK14tBjm3vLgcuD3h8vbx8CHe
PEs8MsKzLZFOWWP+bH/+pwY4rxIqLHNDZKqWLdMVvubQsDJwUOvCL/CWlYBJdrG4
rBNC6Xw/W8LRvxbk/pheZd+1Hddk2SLo4J1mD8T93twg42W54OMNT+ids6czvdIS
9ye+v2f+hgteLaN00DVZ1SWrWUMGJfIHYadCjs5q6xDSegu8Exce6Yq1vl9Mpxae
QlCuPiJjQiwtN32tiTjlrVPrfmyyasUc7KNMzDZPsb7OeRthlUblrBUqIhOxRGEu
hBmW5DiyhcBkd6S/piTgxGplmfKKNhIfAqzxMKU3TGfxEmXzLGS6xmwJCgUVVkVB
Zg6utmej/schvG4XNIDictQt1MAxiBnaM0Xo/ouUQBEW70r1m/fFtsGo6M116NlF
2iIJNZymi9SnEx7yrH/4JtvbxdIsXbWUaNLvRJ2CzwBsbhTn+y+Krd35eDwcoErD
ZDpYtrp1wSzb18VMUy4XN7kGfZErALEknjH3EcnoebRcwO3DRMjjKH9dKKqUkyrc
G82hCPqmhfvrjLlWU4f0AZr0EdaeYvQEvJBcn4GFckyZIUhNHIfwAdweXDs=
-----END CERTIFICATE-----
PEM

cat > /etc/binsense/certs/client.key <<'PEM'
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA2cKkLsht6KvcHVzFpbg8zIIzw9RuxcoQaHBNLEzeyTGakkfP
0gXi4QkfcaXbn2U9UKPptpiw3k/Yh7hwkgNLgiWa9xSulfS8tGizl7pAABW/KPjd
oQDYt0LYR91iQBbTUl7j7sbQNZZBdNT0CwDIxpfVk1n7VrjKT7pHrv9XJsi4u2vt
24+X9QLI1WK6nMDVcyJqBdsgU0N2paD5qn8BTH81xHzYcJR8rtgwUkvLhtgpetsf
8QkvbLIyKaxVTIujfTCZ/o2kF74PDdvh577uLcQK+xCpyNGJ/QgYpYtNYDpK+Evb
n0nD05vgk6YtkzpBmm+nhZ4yAnaR4e7R539VOwIDAQABAoIBAHDJN3Bjr0mLef5b
RqOGwTbLWTRcmuMmvUjaoZ4IUnuyjXSmbSVClzgnGXorhY0RSqixvSMuAq2ifWwO
Q3/c5QcLoy/GLobMs9BdSmeTuAJTQSdffqsdXSHOJWdTasf3CoznSPcrUjvvDwgM
JDputY7mpWAkguFv5JlWyjoBVopnBy7itGHqXPFP0AhUZB/yUNV0DWUgk14whUlF
p1qmypnPAHUOlgorZx9mBW9rg6C/HYxLK33lA9qxmCHvRyIpcfScZ394NmASG+ya
8NWfWLxRPi1UwJK03ii/X5bPtcyrXRbrnksG/uDoAY16RR2ZlneYIGRsjq2glvfC
rN4l/gECgYEA91is0dBX3A9/bJYPnAaVJTrq3d2Hs0UbPO+oPHqOupW4GEqXldpB
V3+GU9vbsjKNi6aOVp0+GbV8fcpmR9WAthMHe5u4FO70CTqY7rJs9LjP+uXjM9rK
XV+ufxls40zMQw+jaVKHbo4KxhLcqQ3BjJZhoLSfXkjCMD81MYfRMNsCgYEA4WD7
ikz98STzB5jEg9sVqQqgoQZAiZpYd4pT1vKnDPgbr/AooW13o1LRbrux5q0kzK8B
+Rq2f10mPNKT4FLl2dIRvPoI+wkcG60UB2qItdq5GNeNxUYizRABJYmXDIYtdaPu
dKnBWnYVlHVa55eFd6WFXmNUepg5cexhn6S96yECgYBTQQKygIkCJilCuGO6pbCP
3nvtf8JMQgeABD7BVJM0FG7ppjnNk7AIroDdOxSAr2lbRw2D89tSNfcYNAcnSKLR
JiiPn4NfcGqtrI6LUX1BBe/jSHuoGY2hzjHi0AEJpPDf5aSgL8osGR1hPDoPoPSz
yG5F9GXsC1tpd+0Epe1wnwKBgQCgCQWURudq/Bm2IzwnhMH0rp8wuAfLrdVzzL2L
u/Hyu5qta5LuTZTOXFhqkMzaR8gBr6NvBxDfj30/Yyet+i9MZGZEEieeWfGjlVrL
iVJaD12vzh/VHOBJTDwEM5cWRZCyIB2KqZ+qZH8eU9ag7G7Rbq8tPssV4lGoG3mW
qpxRAQKBgQC5iBsysdvBJgi1joyQmv5OEROyHEZ5W5+61p5RHGPpGeffyDHR8d7B
vq3T/qC+XA0hLXBiBFllS9depUafGNwDJmubzJVVepD33mOKSsM23jjchIDKh/KI
Ytc5F/Qy4Oc0dzlTl5C2gm3di4oTrFX3fT1BsX9bM1qH+L/GrZpFgA==
-----END RSA PRIVATE KEY-----
PEM
chmod 600 /etc/binsense/certs/client.key

uci batch <<UCI
set mosquitto.bridge=bridge
set mosquitto.bridge.connection='png-cloud'
set mosquitto.bridge.address="$MQTT_HOST:$MQTT_PORT"
set mosquitto.bridge.remote_username="$MQTT_USER"
set mosquitto.bridge.remote_password="$MQTT_PASSWORD"
set mosquitto.bridge.bridge_cafile='/etc/binsense/certs/ca.pem'
set mosquitto.bridge.bridge_certfile='/etc/binsense/certs/client.crt'
set mosquitto.bridge.bridge_keyfile='/etc/binsense/certs/client.key'
set mosquitto.bridge.topic="$TOPIC_PREFIX/# out 1"
commit mosquitto
UCI

for c in $BIN_CABLE_IDS; do
  echo "registering cable $c -> $TOPIC_PREFIX/$c"
done
/etc/init.d/mosquitto restart
logger -t provision "gateway $SITE provisioned (cables: $BIN_CABLE_IDS)"
