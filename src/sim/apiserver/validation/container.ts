/**
 * Container validation (k8s pkg/apis/core/validation/validation.go v1.33: validateContainers,
 * validateContainerCommon, validateContainerPorts, ValidateEnv (relaxed names, GA-on), probes,
 * resources, volume mounts, AccumulateUniqueHostPorts).
 */
import type { FieldError } from '../../model/errors.ts';
import { duplicate, forbidden, invalid, notSupported, required } from '../fieldErrors.ts';
import { goInt, goQuote } from '../goValue.ts';
import { compareQuantity, formatQuantity, parseQuantity } from '../quantity.ts';
import type { ContainerW, ProbeW } from '../wire.ts';
import { isDNS1123Label, isValidPortName, isValidPortNum } from './names.ts';
import { validatePortNumOrName } from './service.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const NEGATIVE = 'must be greater than or equal to 0';

function validateContainerPorts(c: ContainerW, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (c.ports ?? []).forEach((p, i) => {
    const ip = `${path}[${i}]`;
    const name = p.name ?? '';
    if (name) {
      const msgs = isValidPortName(name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${ip}.name`, goQuote(name), m)));
      else if (names.has(name)) errs.push(duplicate(`${ip}.name`, goQuote(name)));
      else names.add(name);
    }
    const cp = p.containerPort ?? 0;
    if (cp === 0) errs.push(required(`${ip}.containerPort`));
    else errs.push(...isValidPortNum(cp).map((m) => invalid(`${ip}.containerPort`, goInt(cp), m)));
    const hp = p.hostPort ?? 0;
    if (hp !== 0)
      errs.push(...isValidPortNum(hp).map((m) => invalid(`${ip}.hostPort`, goInt(hp), m)));
    const proto = p.protocol ?? '';
    if (proto === '') errs.push(required(`${ip}.protocol`));
    else if (!PROTOCOLS.includes(proto))
      errs.push(notSupported(`${ip}.protocol`, goQuote(proto), PROTOCOLS));
  });
  return errs;
}

function validateEnv(c: ContainerW, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (c.env ?? []).forEach((e, i) => {
    const p = `${path}[${i}]`;
    const name = e.name ?? '';
    if (name === '') errs.push(required(`${p}.name`));
    else if ([...name].some((ch) => ch === '=' || ch < ' ' || ch > '~'))
      errs.push(
        invalid(
          `${p}.name`,
          goQuote(name),
          "a valid environment variable name must consist only of printable ASCII characters other than '='",
        ),
      );
    if (e.valueFrom !== undefined && (e.value ?? '') !== '')
      errs.push(invalid(`${p}.valueFrom`, '""', 'may not be specified when `value` is not empty'));
  });
  return errs;
}

function validateHandler(p: ProbeW, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  const more = (k: string): boolean => {
    if (n > 0) {
      errs.push(forbidden(`${path}.${k}`, 'may not specify more than 1 handler type'));
      return false;
    }
    n++;
    return true;
  };
  if (p.exec && more('exec') && (p.exec.command?.length ?? 0) === 0)
    errs.push(required(`${path}.exec.command`));
  if (p.httpGet && more('httpGet')) {
    if (!p.httpGet.path) errs.push(required(`${path}.httpGet.path`));
    errs.push(...validatePortNumOrName(p.httpGet.port, `${path}.httpGet.port`));
    const scheme = p.httpGet.scheme ?? '';
    if (scheme !== 'HTTP' && scheme !== 'HTTPS')
      errs.push(notSupported(`${path}.httpGet.scheme`, goQuote(scheme), ['HTTP', 'HTTPS']));
  }
  if (p.tcpSocket && more('tcpSocket'))
    errs.push(...validatePortNumOrName(p.tcpSocket.port, `${path}.tcpSocket.port`));
  if (p.grpc && more('grpc'))
    errs.push(
      ...isValidPortNum(p.grpc.port ?? 0).map((m) =>
        invalid(`${path}.grpc.port`, goInt(p.grpc?.port ?? 0), m),
      ),
    );
  if (n === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

function validateProbe(
  p: ProbeW | undefined,
  path: string,
  kind: 'liveness' | 'readiness' | 'startup',
): FieldError[] {
  if (!p) return [];
  const errs: FieldError[] = [];
  if (kind === 'readiness' && p.terminationGracePeriodSeconds !== undefined)
    errs.push(
      invalid(
        `${path}.terminationGracePeriodSeconds`,
        goInt(p.terminationGracePeriodSeconds),
        'must not be set for readinessProbes',
      ),
    );
  errs.push(...validateHandler(p, path));
  for (const k of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ] as const) {
    const v = p[k] ?? 0;
    if (v < 0) errs.push(invalid(`${path}.${k}`, goInt(v), NEGATIVE));
  }
  if (p.terminationGracePeriodSeconds !== undefined && p.terminationGracePeriodSeconds <= 0)
    errs.push(
      invalid(
        `${path}.terminationGracePeriodSeconds`,
        goInt(p.terminationGracePeriodSeconds),
        'must be greater than 0',
      ),
    );
  if (kind !== 'readiness' && p.successThreshold !== 1)
    errs.push(invalid(`${path}.successThreshold`, goInt(p.successThreshold ?? 0), 'must be 1'));
  return errs;
}

const STANDARD_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

function validateResources(c: ContainerW, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limits = c.resources?.limits ?? {};
  const requests = c.resources?.requests ?? {};
  const checkName = (name: string, p: string): void => {
    if (!name.includes('/') && !STANDARD_RESOURCES.includes(name) && !name.startsWith('hugepages-'))
      errs.push(invalid(p, goQuote(name), 'must be a standard resource for containers'));
  };
  for (const [name, text] of Object.entries(limits)) {
    const p = `${path}.limits[${name}]`;
    checkName(name, p);
    const q = parseQuantity(text);
    if (q && q.nano < 0n) errs.push(invalid(p, goQuote(formatQuantity(q)), NEGATIVE));
  }
  for (const [name, text] of Object.entries(requests)) {
    const p = `${path}.requests[${name}]`;
    checkName(name, p);
    const q = parseQuantity(text);
    if (!q) continue;
    if (q.nano < 0n) errs.push(invalid(p, goQuote(formatQuantity(q)), NEGATIVE));
    const lim = limits[name] !== undefined ? parseQuantity(limits[name] ?? '') : undefined;
    const hugepages = name.startsWith('hugepages-');
    if (lim) {
      if (hugepages && compareQuantity(q, lim) !== 0)
        errs.push(
          invalid(
            `${path}.requests`,
            goQuote(formatQuantity(q)),
            `must be equal to ${name} limit of ${formatQuantity(lim)}`,
          ),
        );
      else if (compareQuantity(q, lim) > 0)
        errs.push(
          invalid(
            `${path}.requests`,
            goQuote(formatQuantity(q)),
            `must be less than or equal to ${name} limit of ${formatQuantity(lim)}`,
          ),
        );
    } else if (hugepages)
      errs.push(required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
  }
  return errs;
}

function validateVolumeMounts(c: ContainerW, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const p = `${path}[${i}]`;
    const name = m.name ?? '';
    if (name === '') errs.push(required(`${p}.name`));
    if (!volumes.has(name))
      errs.push({ type: 'Not found', field: `${p}.name`, value: goQuote(name) });
    const mp = m.mountPath ?? '';
    if (mp === '') errs.push(required(`${p}.mountPath`));
    if (paths.has(mp)) errs.push(invalid(`${p}.mountPath`, goQuote(mp), 'must be unique'));
    paths.add(mp);
  });
  return errs;
}

/** validateContainerCommon. */
function validateContainerCommon(c: ContainerW, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = c.name ?? '';
  if (name === '') errs.push(required(`${path}.name`));
  else errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, goQuote(name), m)));
  if ((c.image ?? '') === '') errs.push(required(`${path}.image`));
  const tmp = c.terminationMessagePolicy ?? '';
  if (tmp === '') errs.push(required(`${path}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError')
    errs.push(
      notSupported(`${path}.terminationMessagePolicy`, goQuote(tmp), [
        'File',
        'FallbackToLogsOnError',
      ]),
    );
  errs.push(...validateContainerPorts(c, `${path}.ports`));
  errs.push(...validateEnv(c, `${path}.env`));
  errs.push(...validateVolumeMounts(c, volumes, `${path}.volumeMounts`));
  const pull = c.imagePullPolicy ?? '';
  if (pull === '') errs.push(required(`${path}.imagePullPolicy`));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pull))
    errs.push(
      notSupported(`${path}.imagePullPolicy`, goQuote(pull), ['Always', 'IfNotPresent', 'Never']),
    );
  errs.push(...validateResources(c, `${path}.resources`));
  return errs;
}

/** validateContainers (regular containers) including host-port conflicts. */
export function validateContainers(
  containers: ContainerW[] | undefined,
  volumes: Set<string>,
  path: string,
): FieldError[] {
  const list = containers ?? [];
  if (list.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const name = c.name ?? '';
    if (names.has(name)) errs.push(duplicate(`${p}.name`, goQuote(name)));
    else names.add(name);
    errs.push(...validateProbe(c.livenessProbe, `${p}.livenessProbe`, 'liveness'));
    errs.push(...validateProbe(c.readinessProbe, `${p}.readinessProbe`, 'readiness'));
    errs.push(...validateProbe(c.startupProbe, `${p}.startupProbe`, 'startup'));
    if (c.restartPolicy !== undefined)
      errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  const hostPorts = new Set<string>();
  list.forEach((c, ci) =>
    (c.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const key = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${port.hostPort}`;
      if (hostPorts.has(key))
        errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, goQuote(key)));
      else hostPorts.add(key);
    }),
  );
  return errs;
}

/** Init containers: common checks plus name uniqueness across all containers. */
export function validateInitContainers(
  init: ContainerW[] | undefined,
  regular: ContainerW[] | undefined,
  volumes: Set<string>,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name ?? ''));
  (init ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const name = c.name ?? '';
    if (names.has(name)) errs.push(duplicate(`${p}.name`, goQuote(name)));
    else names.add(name);
    if (c.restartPolicy !== undefined && c.restartPolicy !== 'Always')
      errs.push(notSupported(`${p}.restartPolicy`, goQuote(c.restartPolicy), ['Always']));
  });
  return errs;
}
