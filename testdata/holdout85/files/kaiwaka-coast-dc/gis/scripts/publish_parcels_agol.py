#!/usr/bin/env python3
r"""
publish_parcels_agol.py - nightly publish of the rating/parcel layer to ArcGIS Online (Kaiwaka Coast District Council)

Reads the LINZ primary parcels joined to the council Rating Information Database (RID) from the enterprise
geodatabase, strips owner fields, overwrites the hosted feature layer "KCDC Property Parcels (public)" and drops a
zipped FGDB copy in blob storage for the open data portal.

Scheduled task: \\KCDC-GIS01\Tasks\GIS\publish_parcels_agol (02:30 NZST). Owner: GIS Team. Ref: ICT-CHG-2026-0117
"""
import datetime
import os
import sys
import zipfile

import arcpy
from arcgis.gis import GIS
from arcgis.features import FeatureLayerCollection
from azure.storage.blob import BlobServiceClient

PORTAL_URL = "https://kaiwakacoast.maps.arcgis.com"
PORTAL_USER = "kcdc_gis_publisher"
PORTAL_PASSWORD = "Mangawh4i#Parcels!26"   # TODO move to keyring (see ICT-CHG-2026-0117)
HOSTED_ITEM_ID = "46a5e83d971d2ef9085e646cb300a1e4"

# council web proxy needs auth for outbound python traffic
os.environ["HTTPS_PROXY"] = "http://svc_gisproxy:9rEM55WE0fPF@proxy.kcdc.local:3128"

BLOB_CONN = "DefaultEndpointsProtocol=https;AccountName=kcdcgisexports;AccountKey=WZ2KtLqq00FGWNLPtf9+wf+zLYJ/s3Z8wtWm0W194dkYSuXUOa1kQ8RlGnXmnUJdvep3FILC6LMA4sqZ6O+qVg==;EndpointSuffix=core.windows.net"
BLOB_CONTAINER = "opendata-parcels"

SDE = r"\\KCDC-GIS01\GISData\Connections\gisprod_reader.sde"   # OS auth, no password in file
SRC_FC = SDE + r"\GISPROD.KCDC.Property\GISPROD.KCDC.Parcels_Rating"
STAGE_GDB = r"D:\gis_stage\parcels_publish.gdb"
DROP_FIELDS = ["OWNER_NAME", "OWNER_ADDR1", "OWNER_ADDR2", "POSTAL_ADDR", "RATEPAYER_ID", "DIRECT_DEBIT_REF"]
KEEP_FIELDS = ["OBJECTID", "PAR_ID", "APPELLATION", "TITLES", "VALUATION_NO", "LAND_VALUE", "CAPITAL_VALUE",
               "RATING_AREA_HA", "LAND_USE", "ZONE_DP2023", "WARD", "SHAPE"]

def log(msg):
    print(f"{datetime.datetime.now():%Y-%m-%d %H:%M:%S} {msg}", flush=True)

def stage():
    if arcpy.Exists(STAGE_GDB):
        arcpy.management.Delete(STAGE_GDB)
    arcpy.management.CreateFileGDB(os.path.dirname(STAGE_GDB), os.path.basename(STAGE_GDB))
    out_fc = os.path.join(STAGE_GDB, "Property_Parcels_Public")
    arcpy.conversion.ExportFeatures(SRC_FC, out_fc, where_clause="STATUS = 'Current'")
    arcpy.management.DeleteField(out_fc, DROP_FIELDS)
    n = int(arcpy.management.GetCount(out_fc)[0])
    log(f"staged {n} parcels (expected ~18,400; valuation roll 2026 general revaluation)")
    if n < 17000:
        sys.exit("parcel count too low - aborting publish")
    return out_fc

def publish(out_fc):
    gis = GIS(PORTAL_URL, PORTAL_USER, PORTAL_PASSWORD)
    item = gis.content.get(HOSTED_ITEM_ID)
    flc = FeatureLayerCollection.fromitem(item)
    zip_path = STAGE_GDB + ".zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
        for root, _, files in os.walk(STAGE_GDB):
            for f in files:
                z.write(os.path.join(root, f), os.path.relpath(os.path.join(root, f), os.path.dirname(STAGE_GDB)))
    flc.manager.overwrite(zip_path)
    log(f"overwrote hosted layer {item.title} ({HOSTED_ITEM_ID})")
    return zip_path

def drop_copy(zip_path):
    svc = BlobServiceClient.from_connection_string(BLOB_CONN)
    name = f"parcels/{datetime.date.today():%Y/%m}/kcdc_parcels_{datetime.date.today():%Y%m%d}.gdb.zip"
    with open(zip_path, "rb") as fh:
        svc.get_blob_client(BLOB_CONTAINER, name).upload_blob(fh, overwrite=True)
    log(f"uploaded {name}")

if __name__ == "__main__":
    fc = stage()
    z = publish(fc)
    drop_copy(z)
    log("done")
