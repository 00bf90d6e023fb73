/** The playground's `help`: what the terminal understands, in one screen. */

const HELP = `Kubernetes Service playground — commands you can type

On your workstation (outside the cluster, kubectl is configured):
  kubectl get|describe svc,pods,endpoints,endpointslices,deploy,rs,nodes,ns,all
          [-n NS | -A] [-o wide|yaml|json|name] [-l k=v] [--show-labels]
  kubectl apply -f FILE|-    kubectl create -f FILE    kubectl delete TYPE NAME | -f FILE
  kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=80:8080
  kubectl expose deployment|pod NAME --port=80 [--target-port=8080] [--type=NodePort]
  kubectl scale deployment NAME --replicas=3       kubectl label TYPE NAME k=v [k-]
  kubectl run NAME --image=IMAGE [--port=80]        kubectl rollout restart deployment/NAME
  kubectl exec [-it] POD -- COMMAND                 kubectl version | cluster-info
  curl [-s] [-v] [-I] [-H 'Host: x'] [-m N] URL     (you are the external client)
  dig [+short] NAME [A|SRV|CNAME] [@SERVER]   nslookup NAME   host NAME
  ssh NODE [COMMAND]                                (exit returns here)

On a node (ssh node1):
  iptables-save [-t nat]   iptables -t nat -L [CHAIN] -n [-v] [--line-numbers]
  conntrack -L   ip route   ip addr   curl   dig   cat /etc/resolv.conf

In a pod (kubectl exec -it netshoot -- bash):
  curl   wget -qO- URL   dig   nslookup   host   cat /etc/resolv.conf   hostname   ip addr

Everywhere: pipes into grep [-i -v -E -c -w -n], head, tail, wc -l, sort, uniq; ;, &&, ||,
quotes, > file, clear, history, exit.
`;

export function helpText(): string {
  return HELP;
}
