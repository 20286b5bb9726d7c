<GlobalFunctions>
  <SqlQueryUnified
    id="getSyncRuns"
    isMultiplayerEdited={false}
    query={include("./lib/getSyncRuns.sql", "string")}
    resourceDisplayName="kumo_sync_db (read-only)"
    resourceName="e5129da3-5b78-40f0-a458-11fab10eba23"
    runWhenModelUpdates={false}
    runWhenPageLoads={true}
    warningCodes={[]}
  />
  <SqlQueryUnified
    id="getSyncDetail"
    query={include("./lib/getSyncDetail.sql", "string")}
    resourceDisplayName="kumo_sync_db (read-only)"
    resourceName="e5129da3-5b78-40f0-a458-11fab10eba23"
    runWhenModelUpdates={false}
    warningCodes={[]}
  />
  <RESTQuery
    id="retrySync"
    body={'[{"key":"sf_id","value":"{{ syncTable.selectedRow.sf_id }}"},{"key":"requested_by","value":"{{ current_user.sid }}"}]'}
    bodyType="json"
    headers={'[{"key":"X-Request-Id","value":"{{ uuid.v4() }}"}]'}
    query="/v1/sync/retry"
    resourceDisplayName="kumo-sync-api"
    resourceName="32650dcc-1a3d-4d15-902f-61574aa854ed"
    runWhenModelUpdates={false}
    type="POST"
  />
  <RESTQuery
    id="notifyOwner"
    body={'{"personalizations":[{"to":[{"email":"{{ syncTable.selectedRow.owner_email }}"}],"dynamic_template_data":{"lead":"{{ syncTable.selectedRow.sf_id }}","error":"{{ syncTable.selectedRow.error_code }}"}}],"from":{"email":"crm-ops@kumo-works.jp","name":"CRM同期モニター"},"template_id":"d-3711eca95023036139d70eeddd729f16"}'}
    bodyType="raw"
    cookies="[]"
    headers={'[{"key":"Authorization","value":"Bearer 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"},{"key":"Content-Type","value":"application/json"}]'}
    isImported={false}
    notificationDuration={4.5}
    query="https://api.sendgrid.com/v3/mail/send"
    queryTimeout="15000"
    resourceName="REST-WithoutResource"
    runWhenModelUpdates={false}
    showSuccessToaster={true}
    successMessage="担当者に通知しました"
    type="POST"
  />
  <JavascriptQuery
    id="afterRetry"
    notificationDuration={4.5}
    query={include("./lib/afterRetry.js", "string")}
    resourceName="JavascriptQuery"
    showSuccessToaster={false}
  />
</GlobalFunctions>
