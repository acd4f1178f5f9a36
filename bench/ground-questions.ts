/**
 * Questions as a stuck user types them, for the grounding recall bench: each
 * names the article (or, in a one-article help center, the symptom) it is
 * about without using a word of its titles (the article's and its symptoms'),
 * which `titleWordsIn` checks. Written for this project from what the
 * articles say; none is copied from them.
 */

/** One question and what should be among its passages. */
export interface GroundQuestion {
  /** The question, in the user's words. */
  question: string;
  /** The article id (or symptom id) that must be among the passages. */
  expect: string;
}

/** `content/ochre`: one question per article. */
export const OCHRE_QUESTIONS: GroundQuestion[] = [
  { expect: 'ai-not-drafting', question: 'no drafts, no auto-sends and no labels since this morning, did we hit the spend cap?' },
  { expect: 'contacting-support', question: 'what should I include when I open a ticket with your team?' },
  { expect: 'linear-disconnects', question: 'our issue tracker card keeps showing a yellow banner and asks us to reconnect' },
  { expect: 'migration-stuck', question: 'moving the data over from our old tool started this morning and is still not finished, did the connected tool disconnect?' },
  { expect: 'not-getting-replies', question: 'people write back to us but their emails never arrive, could a domain record have changed?' },
  { expect: 'roles-and-permissions', question: 'a colleague gets access denied on a screen that works for me' },
  { expect: 'slack-not-routing', question: 'our team channel went quiet, the alerts are missing and no notifications come in' },
  { expect: 'stripe-not-showing', question: 'billing info and subscriptions are missing from the contact profile page' },
  { expect: 'troubleshooting-overview', question: 'something is broken and I do not know where to start' },
  { expect: 'widget-not-loading', question: 'the bubble launcher vanished from our website, could it be the content security policy?' },
];

/** `content/oxvo`: one article with a symptom per problem, so each question names its symptom. */
export const OXVO_QUESTIONS: GroundQuestion[] = [
  { expect: 'troubleshoot-common-issues#inbox-setup-completes-but-no-conversations-arrive', question: 'I finished connecting a channel but no messages come through' },
  { expect: 'troubleshoot-common-issues#user-cannot-sign-in-after-mfa-prompt', question: 'after entering the one-time code I still cannot log in' },
  { expect: 'troubleshoot-common-issues#sessions-snippet-installed-but-no-sessions-appear', question: 'the capture code is live on our site yet no recordings show up' },
  { expect: 'troubleshoot-common-issues#session-exists-but-does-not-appear-in-expected-list', question: 'a recording I know is there is hidden when I filter by route' },
  { expect: 'troubleshoot-common-issues#sensitive-values-still-visible-in-replay', question: 'passwords and card numbers show up in recordings despite our masking rules' },
  { expect: 'troubleshoot-common-issues#agent-cannot-access-expected-page', question: 'a teammate is refused a sidebar screen that admins see' },
  { expect: 'troubleshoot-common-issues#webhooks-not-firing', question: 'our receiver gets no event calls when things happen in oxvo' },
  { expect: 'troubleshoot-common-issues#high-load-or-storage-growth', question: 'capture sampling and retention keep our quota filling up too fast' },
];

/** The Longhorn knowledge base (`/work/shared/corpora/longhorn-kb`, not in the repository): one question per article. */
export const LONGHORN_QUESTIONS: GroundQuestion[] = [
  { expect: 'analysis-filesystem-corrupted-issues-due-to-error-on-cow-while-rebuilding-replicas', question: 'after a replica rebuild the ext4 inside the volume is damaged and will not mount automatically' },
  { expect: 'backup-store-lock-conflict-error-message', question: 'deleting an old s3 restore point fails and the status says failed to acquire the lck file' },
  { expect: 'how-to-evict-node-during-capi-node-rolling-replacement', question: 'how do I drain replicas off a Machine before it gets deleted during a rolling upgrade, with a pre-termination hook?' },
  { expect: 'how-to-migrate-longhorn-chart-installed-in-old-rancher-ui-to-the-chart-in-new-rancher-ui', question: 'my storage was set up from the legacy app catalog, how do I move it to apps and marketplace?' },
  { expect: 'kubernetes-resource-revision-frequency-expectations', question: 'etcd key version numbers for volume and engine objects are much higher than for other objects, is that a problem?' },
  { expect: 'manual-recovery-of-nodes-with-insufficient-space', question: 'a worker shows DiskPressure and NotReady and replicas on it are stuck syncing, how do I free disk?' },
  { expect: 'restoring-data-from-an-orphaned-replica-directory', question: 'a volume was deleted by accident but its files are still on the disk, how can I get them back?' },
  { expect: 'selinux-and-longhorn', question: 'which spc_t and container_t contexts do the privileged pods need, and can audit2allow fix denials?' },
  { expect: 'space-consumption-guideline', question: 'my volumes use far more disk than their size because of old snapshots, how do I reclaim it?' },
  { expect: 'tip-only-use-storage-on-a-set-of-nodes', question: 'we have fast disks on three of our five machines and want replica scheduling to happen there alone, with a label or a StorageClass' },
  { expect: 'troubleshooting-backing-image-creation-is-stuck-or-has-failed', question: 'making a new base from a qcow2 file never completes, do I need to convert it with qemu-img?' },
  { expect: 'troubleshooting-backing-image-download-stuck-after-node-outage', question: 'the BIDS downloader pod was lost when its host dropped off, and pulling the file from the remote HTTP server never continues' },
  { expect: 'troubleshooting-backing-image-manager-cr-naming', question: 'a copy cannot be made on the target disk because two disks share the same UUID prefix' },
  { expect: 'troubleshooting-create-support-bundle-with-curl', question: 'the web browser cannot generate the diagnostics archive, can I download it from a script instead?' },
  { expect: 'troubleshooting-default-settings-do-not-persist', question: 'my changes to the configmap are lost after a helm upgrade' },
  { expect: 'troubleshooting-dns-resolution-failed', question: 'csi plugin and ui pods cannot reach longhorn-backend:9500, is coredns down?' },
  { expect: 'troubleshooting-engine-upgrading-stuck-in-deadlock', question: 'two instance managers wait on each other forever after I upgrade the manager to a new release' },
  { expect: 'troubleshooting-failed-replicas-with-backing-images-remain-on-evicted-nodes', question: 'after draining a host, copies created from a base qcow go into an error state although the volumes stay healthy' },
  { expect: 'troubleshooting-failed-rwx-mount-due-to-connection-timeout', question: 'shared ReadWriteMany volumes never get into the workload pods and nfs says timed out, is it the flannel bug?' },
  { expect: 'troubleshooting-failure-to-delete-orphaned-pod-volume-directory', question: 'after a worker went down and was restored, the kubelet keeps logging that it found an orphan and cannot remove the volumes dir' },
  { expect: 'troubleshooting-fstrim-error', question: 'trimming the filesystem fails with unable to trim filesystem, cannot find volume' },
  { expect: 'troubleshooting-generate-pprof-runtime-profiling-data', question: 'how do I collect a cpu profile of longhorn-manager to find performance bottlenecks?' },
  { expect: 'troubleshooting-handling-persistent-replica-failures-via-node-or-disk-isolation', question: 'every rebuilt copy lands on the same bad host and fails again in a loop' },
  { expect: 'troubleshooting-instance-manager-pods-are-restarted-every-hour', question: 'volumes and the workloads on them crash each 60 minutes, should I set the PriorityClass setting?' },
  { expect: 'troubleshooting-instance-manager-pods-are-restarted', question: 'lots of iSCSI connection errors in the kernel log and engines disconnect from their replicas' },
  { expect: 'troubleshooting-iscsiadm-no-route-to-host', question: 'iscsiadm cannot make connection and volumes never attach on one node' },
  { expect: 'troubleshooting-longhorn-manager-crashes-due-to-backing-image-eviction', question: 'the controller keeps crashing with a nil pointer dereference after I asked for a disk to be drained' },
  { expect: 'troubleshooting-manager-stuck-in-crash-loop-state-due-to-inaccessible-webhook', question: 'after upgrading to 1.5 the admission and conversion services cannot be reached and the pod keeps restarting' },
  { expect: 'troubleshooting-migratable-rwx-volume-stuck-in-detaching-loop', question: 'during a VM live migration the disk keeps going detached and attached forever with currentMigrationNodeID set' },
  { expect: 'troubleshooting-mount-failure-with-xfs-filesystem', question: 'pods remain in ContainerCreating and mounting by hand says wrong fs type, bad superblock' },
  { expect: 'troubleshooting-noexecute-taint-prevents-workloads-from-terminating', question: 'pods that cannot tolerate the new rule on a host are evicted, and the deployment pods using the volumes never start elsewhere' },
  { expect: 'troubleshooting-none-standard-kubelet-dir', question: 'the csi plugin will not start because our cluster keeps its root dir in a custom path' },
  { expect: 'troubleshooting-open-iscsi-on-rhel', question: 'rebooting a host with attached volumes adds two or three minutes to startup on centos' },
  { expect: 'troubleshooting-orphan-bi', question: 'leftover downloads under the disk tmp folder keep eating capacity even though nothing references them' },
  { expect: 'troubleshooting-orphan-instance', question: 'the instancemanager CR lists runtime processes whose CRs no longer exist in the cluster' },
  { expect: 'troubleshooting-orphan-iscsi-session-error', question: 'after a crash, iscsid prints connect to failed every few seconds in journalctl' },
  { expect: 'troubleshooting-pod-with-block-volume-is-stuck-in-terminating', question: 'cannot delete a workload using a raw device PVC after the storage crashed' },
  { expect: 'troubleshooting-recurring-job-pod-stuck-pending-state', question: 'after a reboot the scheduled snapshot cron task never starts running' },
  { expect: 'troubleshooting-recurring-job-stuck-after-detach-attach', question: 'the cronjob missed too many schedules while the disk was unplugged for a long time and stopped firing' },
  { expect: 'troubleshooting-resolving-backing-image-unavailability-issue', question: 'volumes based on a base qcow cannot be attached and their replicas will not start' },
  { expect: 'troubleshooting-restore-pvc-stuck-using-velero-csi-plugin-version-lower-than-04', question: 'after restoring a PVC from backup the provisioner ignores it because the beta storage-provisioner annotation is left on it' },
  { expect: 'troubleshooting-rwx-concurrent-writer-process-hang', question: 'two processes writing to the same file on a ReadWriteMany share hang in D state' },
  { expect: 'troubleshooting-rwx-encrypted-volume-fails-to-live-expand', question: 'the UI says the resize succeeded but inside the pod the size did not grow, FileSystemResizePending' },
  { expect: 'troubleshooting-rwx-mount-ownership-set-to-nobody', question: 'files on my ReadWriteMany share are owned by an unknown user instead of root, is it the idmapd Domain setting?' },
  { expect: 'troubleshooting-rwx-volume-fails-to-attached-caused-by-protocol-not-supported', question: 'nsmounter mounting command errors and the workload will not start after an os update' },
  { expect: 'troubleshooting-rwx-volume-migration-stuck', question: 'a VM host hangs in the pre-drain stage even though the engine and replicas on the destination are ready' },
  { expect: 'troubleshooting-some-old-instance-manager-pods-are-still-running-after-upgrade', question: 'why does the previous engine im-e process stay alive beside the new ones once I upgraded, is that expected behavior or a bug?' },
  { expect: 'troubleshooting-storage-network-migratable-rwx-workload-restart', question: 'our apps get rescheduled unexpectedly each time the driver pod restarts, should I disable the setting that deletes a pod when its disk is detached unexpectedly?' },
  { expect: 'troubleshooting-traefik-2x-as-ingress-controller', question: "the GUI's frontend API requests sometimes fail to reach the backend behind my proxy middleware" },
  { expect: 'troubleshooting-two-active-engines', question: 'no operation works on a disk and the manager log repeats error syncing; there seem to be a pair of engine CRs on different nodes' },
  { expect: 'troubleshooting-unable-to-mount-an-nfs-backup-target', question: 'mount of the remote export fails with exit status 32 on the settings screen' },
  { expect: 'troubleshooting-unexpected-expansion-leads-to-degradation-or-attach-failure', question: 'after a resize the volume has faulted replicas and will not come up' },
  { expect: 'troubleshooting-volume-attachment-fails-due-to-selinux-denials', question: 'every disk flips between attached and detached, and ausearch shows iscsiadm denied on my CoreOS nodes' },
  { expect: 'troubleshooting-volume-cannot-attach-due-to-orphan-pending-node-id-or-longhorn-ui-ad-ticket', question: 'since upgrading from the previous minor release, workloads sit Pending because the disks never get attached, is it a leftover PendingNodeID?' },
  { expect: 'troubleshooting-volume-cannot-be-cleaned-up-after-the-node-of-the-workload-pod-is-down-and-recovered', question: 'is the disk that will not release after its host came back the kubernetes race condition in cleanup, fixed in 1.22?' },
  { expect: 'troubleshooting-volume-filesystem-corruption', question: 'the container never starts, FailedMount with ext4 errors, do I need fsck?' },
  { expect: 'troubleshooting-volume-pvc-xxx-not-scheduled', question: 'FailedAttachVolume from attachdetach-controller when a new pod uses the claim' },
  { expect: 'troubleshooting-volume-readonly-or-io-error', question: "writing to the mount point says can't create test and dmesg shows the device went read-only" },
  { expect: 'troubleshooting-volume-take-long-time-to-mount', question: 'disks attach quickly but pods wait minutes before they can start, fsGroup with many files' },
  { expect: 'troubleshooting-volume-with-multipath', question: 'the csi plugin logs a GRPC request error and the pod will not start; the device is claimed by multipath' },
  { expect: 'troubleshooting-volumes-stuck-in-attach-detach-loop-when-using-longhorn-on-okd', question: 'on openshift every disk keeps cycling and dmesg shows avc denied dac_override for iscsiadm' },
  { expect: 'troubleshooting-websocket_handshake_error_with_unexpected_response_code_200', question: 'after upgrading to 1.1 the ingress logs vulcand oxy forward errors when dialing the pod' },
];

/** Words too common to count as a title's (a question may say "the" whatever the title does). */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on for and or but so then is are was be been has have by with from at as into after before while still ' +
    'it its this that some any not no do does can cannot how what why when my our your i we you'
  ).split(' '),
);

/** The lower-cased words of a text, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of `titles` that `question` uses verbatim (function words aside): `[]` for a fair paraphrase. */
export function titleWordsIn(question: string, titles: readonly string[]): string[] {
  const banned = new Set(titles.flatMap(wordsOf).filter((word) => !FUNCTION_WORDS.has(word)));
  return [...new Set(wordsOf(question).filter((word) => banned.has(word)))];
}
