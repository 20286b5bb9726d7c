// 인게임 HUD 팀 설정 (방송 그래픽팀)
// 시즌: 2026 KEL 서머 / 마지막 수정: 2026-05-13 (commit 4e1b7c9)
// 주의: 비밀번호, 키 값은 절대 이 파일에 넣지 말 것 - .env.local (VITE_*) 사용

export type TeamConfig = {
  code: string
  nameKo: string
  nameEn: string
  primary: string
  secondary: string
  logo: string
  leagueTeamId: string
}

export const TEAMS: Record<string, TeamConfig> = {
  CU: {
    code: 'CU',
    nameKo: '청운 이스포츠',
    nameEn: 'Cheongun Esports',
    primary: '#0B3D91',
    secondary: '#F2C14E',
    logo: '/assets/teams/cu_logo_v3.webp',
    leagueTeamId: '100896435585356185',
  },
  HNG: {
    code: 'HNG',
    nameKo: '한가람 게이밍',
    nameEn: 'Hangaram Gaming',
    primary: '#C8102E',
    secondary: '#FFFFFF',
    logo: '/assets/teams/hng_logo_v3.webp',
    leagueTeamId: '108267546394087842',
  },
  BRV: {
    code: 'BRV',
    nameKo: '브레이브 울브즈',
    nameEn: 'Brave Wolves',
    primary: '#1F2937',
    secondary: '#F97316',
    logo: '/assets/teams/brv_logo_v4.webp',
    leagueTeamId: '102753542856226934',
  },
  KDX: {
    code: 'KDX',
    nameKo: '케이디엑스',
    nameEn: 'KDX',
    primary: '#7C3AED',
    secondary: '#E5E7EB',
    logo: '/assets/teams/kdx_logo_v4.webp',
    leagueTeamId: '100984113606616563',
  },
  SJE: {
    code: 'SJE',
    nameKo: '세종 이스포츠',
    nameEn: 'Sejong Esports',
    primary: '#047857',
    secondary: '#FDE68A',
    logo: '/assets/teams/sje_logo_v2.webp',
    leagueTeamId: '101321144354099287',
  },
}

// 라이브 클라이언트 데이터 API (옵저버 PC 로컬, 자체 서명 인증서)
export const LIVE_CLIENT = {
  baseUrl: 'https://localhost:2999/liveclientdata',
  pollMs: 500,
  endpoints: ['allgamedata', 'eventdata', 'playerlist'],
}

// OBS WebSocket v5 - 비밀번호는 빌드 시 주입
export const OBS = {
  url: 'ws://obs-gfx-01.cu.local:4455',
  password: import.meta.env.VITE_OBS_WS_PASSWORD ?? '',
  scenes: { ingame: '인게임 HUD', draft: '밴픽', break: '휴식 화면' },
}

// 스폰서 롤링 (초 단위), 로고 해시는 CDN 캐시 무효화용
export const SPONSOR_ROTATION = [
  { id: 'danbi-energy', seconds: 20, asset: '/assets/sponsors/danbi_27d75cac3996.webp' },
  { id: 'hypergear', seconds: 15, asset: '/assets/sponsors/hypergear_83b6a5093503.webp' },
  { id: 'nuri-chicken', seconds: 10, asset: '/assets/sponsors/nuri_a4a9c77bfac9.webp' },
]

export const PATCH = '16.9'
export const HUD_VERSION = '3.4.0'
