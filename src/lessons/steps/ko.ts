/** 레슨 패널이 풀이 단계를 설명하는 문장(한국어). */
import type { StepMessages } from './en.ts';

export const ko: StepMessages = {
  edit: (p) => `에디터에서 ${p.file} 파일 작성`,
  replace: (p) => `${p.file} 수정: “${p.find}” → “${p.replace}”`,
  apply: (p) => `${p.file} 적용(kubectl apply -f ${p.file})`,
  command: (p) => `터미널에서 실행: ${p.line}`,
  send: (p) => `${p.from} → ${p.to} 요청 보내기`,
  sendMany: (p) => `${p.from} → ${p.to} 요청 ${p.count}번 보내기`,
  ready: (p) => `${p.pod} 파드를 Ready 로 바꾸기(readiness probe 성공)`,
  notReady: (p) => `${p.pod} 파드를 Ready 가 아니게 바꾸기(readiness probe 실패)`,
  deletePod: (p) => `${p.pod} 파드 삭제(kubectl delete pod ${p.pod})`,
  answer: (p) => `“${p.question}” 에 답하기: ${p.value}`,
  firstPod: (p) => `첫 번째 ${p.selector} 파드`,
  nthPod: (p) => `${p.n}번째 ${p.selector} 파드`,
};
