<App>
  <Include src="./functions.rsx" />
  <Include src="./header.rsx" />
  <AppStyles id="$appStyles" css={include("./lib/$appStyles.css", "string")} />
  <DocumentTitle id="$customDocumentTitle" value="CRM同期モニター（Salesforce → SendGrid）" />
  <UrlFragments id="$urlFragments" value={{}} />
  <Frame id="$main" enableFullBleed={false} isHiddenOnDesktop={false} isHiddenOnMobile={false} padding="8px 12px" type="main">
    <Text id="titleText" value="### Salesforce → SendGrid 同期状況&#10;最終実行: {{ moment(getSyncRuns.data.synced_at[0]).format('YYYY/MM/DD HH:mm') }}" verticalAlign="center" />
    <Select id="statusFilter" emptyMessage="該当なし" itemMode="static" label="状態" labelPosition="top" placeholder="すべて" showSelectionIndicator={true} value="error">
      <Option id="ff618" label="エラー" value="error" />
      <Option id="e6a10" label="成功" value="ok" />
      <Option id="193b0" label="保留" value="pending" />
    </Select>
    <TextInput id="sfIdSearch" label="Salesforce ID" labelPosition="top" placeholder="例: 00Q5g00000XXXXXXX" />
    <Table id="syncTable" cellSelection="none" clearChangesetOnSave={true} data="{{ getSyncRuns.data }}" defaultSelectedRow={{ mode: "index", indexType: "display", index: 0 }} emptyMessage="データがありません" enableSaveActions={false} primaryKeyColumnId="60181" rowHeight="small" showBorder={true} showHeader={true} toolbarPosition="bottom">
      <Column id="a7380" alignment="left" format="string" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="sf_id" label="Salesforce ID" position="center" size=121 summaryAggregationMode="none" />
      <Column id="73ddd" alignment="left" format="string" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="sg_contact_id" label="SendGrid ID" position="center" size=94 summaryAggregationMode="none" />
      <Column id="6ca14" alignment="left" format="tag" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="status" label="状態" position="center" size=112 summaryAggregationMode="none" />
      <Column id="256d6" alignment="left" format="string" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="error_code" label="エラー" position="center" size=96 summaryAggregationMode="none" />
      <Column id="44f88" alignment="left" format="datetime" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="synced_at" label="同期日時" position="center" size=119 summaryAggregationMode="none" />
      <Column id="48cce" alignment="left" format="decimal" formatOptions={{ automaticColors: true }} groupAggregationMode="none" key="attempts" label="試行回数" position="center" size=111 summaryAggregationMode="none" />
      <ToolbarButton id="dc7a2" icon="bold/interface-text-formatting-filter-2" label="Filter" type="filter" />
      <ToolbarButton id="948dc" icon="bold/interface-download-button-2" label="Download" onClick={{ utils.exportData(syncTable.data, 'crm-sync-' + moment().format('YYYYMMDD'), 'csv') }} type="custom" />
      <Event event="selectRow" method="trigger" params={{}} pluginId="getSyncDetail" type="datasource" waitMs="0" waitType="debounce" />
    </Table>
    <Container id="detailPanel" hidden="{{ !syncTable.selectedRow }}" padding="12px" showBody={true} showHeader={true}>
      <Header>
        <Text id="detailTitle" value="#### 詳細: {{ syncTable.selectedRow.sf_id }}" verticalAlign="center" />
      </Header>
      <View id="b37ab" viewKey="View 1">
        <KeyValue id="detailKv" data="{{ _.omit(getSyncDetail.data, ['email', 'phone', 'mobile']) }}" editIcon="bold/interface-edit-pencil" groupLayout="singleColumn" labelWrap={true} />
        <Text id="piiNote" value="※ 個人情報（メール・電話番号）は表示しません。Salesforce側で確認してください。" verticalAlign="center" />
        <Button id="retryButton" disabled="{{ syncTable.selectedRow.status !== 'error' || !current_user.groups.map(g => g.name).includes('crm-ops') }}" text="再送信" styleVariant="solid">
          <Event event="click" method="trigger" params={{}} pluginId="retrySync" type="datasource" waitMs="0" waitType="debounce" />
        </Button>
      </View>
    </Container>
    <Text id="footer" value="操作者: {{ current_user.fullName }}（{{ current_user.sid }}） / resource eed22b13…" verticalAlign="center" />
  </Frame>
</App>
