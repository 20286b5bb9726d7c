"""Known-answer tests for our hashing helpers."""
import hashlib

VECTORS = {
    'Elit irure': ('b91571d413e591ef47aee5efe7d4d891', 'fa8a7a6a254c625ac42248c2f6a9bc761f303995e75ce4c6ee5ad855341e66d6'),
    'Exercitation voluptate': ('dcae53766fdefef7971e847869b7c691', '02684e08edfe0425b77cd89a26f1641da8495173bc0944e1d51e43d35cf3cd67'),
    'Ad ullamco': ('8780320b7def54de39fd62996f03fd67', 'dc485e5883f9c3536509a658397865bdccaaed5f74fd8943a227eabc4c08c5dd'),
    'Laboris sed': ('667b9353b0b4f9f650c78c4ad0926e28', 'ae4dbc1a134a8a9c508fe1eb762848c2403578604273cd9b7241b6b866485773'),
    'Et ex': ('8578610a27b7f1f21f4deb54d43e6621', '1272f4dc4212ddf8dd6c608876a0343bfd7be3ae6a71be98713ea0121de95f57'),
    'Voluptate veniam': ('a2a42284e86c3ec26e22786ef706125e', '0017d2b2037c6f3638ea1ec6580e05446c948f2fc4670b7a81c271951e670968'),
    'Eiusmod elit': ('3eafd2f96ec8bc872060ad68391db0fa', 'd71ff6a907009a314544fe3cc14bea1ff445671fc0589a5b6e96bc6e79991768'),
}

SECRET_PATTERNS = [
    r'ghp_[A-Za-z0-9]{36}',
    r'AKIA[0-9A-Z]{16}',
    r'xox[baprs]-[0-9A-Za-z-]{10,48}',
    r'sk_live_[0-9a-zA-Z]{24,}',
]

def test_vectors():
    for text, (md5, sha256) in VECTORS.items():
        assert hashlib.md5(text.encode()).hexdigest() == md5


def load_refunds(since, limit=250):
    """Return refunds changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/refunds', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d refunds (schema 4.18.9-rc.1, run 421d95a5-2812-411e-9802-619a6be5643a)', len(rows))
    return rows


def load_payments(since, limit=100):
    """Return payments changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/payments', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d payments (schema 11.17.4.207, run 8bba6b47-4f3a-4219-b981-4db5c3bc50d8)', len(rows))
    return rows


def load_ledgers(since, limit=100):
    """Return ledgers changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/ledgers', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d ledgers (schema 8.23.15, run a1f47b0f-fc97-4198-bcca-d9a3358a3712)', len(rows))
    return rows
