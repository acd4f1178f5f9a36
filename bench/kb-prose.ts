/**
 * Seed prose for bench/generate-kb.ts: original troubleshooting text about
 * Corvid, a fictional hosted storage and sync platform, written for this
 * benchmark. The generator trains order-2 word chains on it, so it is
 * written to branch: common words recur in many different contexts.
 *
 * Slots in braces are filled per article with invented terms:
 * {feature} a product feature, {key} a config key, {flag} a CLI flag,
 * {path} a file path, {host} a host name, {version} a release, {code} an
 * error code, {num} a number, {service} a component, {duration} a time span,
 * {node} a node name, {volume} a volume name.
 */

/** Descriptive prose: what users see, why it happens, background. One paragraph per line. */
export const DESCRIPTIVE_PROSE = `
When a sync job stalls, the dashboard keeps showing the last successful run while the queue behind it grows. The {feature} card turns yellow after {duration}, and the activity log stops recording new batches. Most of the time the job is waiting on a lock that another worker never released.
The {service} retries a failed batch with an exponential back-off. Each attempt is logged with the error code {code}, the node that handled it and the number of records in the batch. After {num} attempts the batch moves to the dead-letter queue and the workspace owner receives an email.
Webhooks are delivered at least once, so a receiver must tolerate duplicates. If the receiver answers with a status outside the 2xx range, or takes longer than {duration} to answer, the delivery counts as failed and is retried later. The delivery log keeps the request body, the response status and the first kilobyte of the response.
A volume can only be attached to one node at a time unless it was created with shared access. When the node that holds the volume stops responding, the control plane waits for {duration} before it marks the attachment as stale. During that window the volume cannot be attached anywhere else, and workloads that need it stay pending.
Tokens issued by the identity service expire after {duration}. The web app refreshes them in the background, but long running scripts that use a personal token must request a new one themselves. An expired token returns 401 with the code {code}, which the command line tool shows as an authentication failure.
Billing is calculated from the peak storage used during each hour, not from the storage used at the end of the month. A large import that is deleted the same day still shows up on the invoice. The usage page breaks the total down by project, by volume and by region, and the export includes the hourly samples.
The replica scheduler places each copy of a volume on a different node and, when possible, in a different zone. If fewer healthy nodes are available than the volume needs, the volume stays degraded and the scheduler tries again every {duration}. A degraded volume still serves reads and writes, but it has no redundancy until the missing replica is rebuilt.
Network policies are evaluated before any request reaches the {service}. A policy that blocks the control plane address prevents nodes from reporting their status, so the dashboard shows them as offline even though the workloads on them keep running. The node log then repeats a connection timeout to {host} every few seconds.
Single sign-on depends on the clock of the identity provider and the clock of the workspace agreeing within a few minutes. When they drift apart, assertions are rejected as not yet valid or already expired. Users see a loop between the login page and the provider, and the audit log records a failed sign-in with the reason clock skew.
The command line tool reads its configuration from {path} unless the {flag} option points somewhere else. Values set in environment variables override the file, and values passed on the command line override both. Running the tool with the verbose option prints which source each value came from.
Backups are incremental after the first full copy. Each backup stores only the blocks that changed since the previous one, so deleting an old backup may not free as much space as its size suggests. The retention job merges expired backups into the next one instead of removing their blocks outright.
An upgrade replaces the agents one node at a time. While a node is upgrading, its volumes are served by replicas on other nodes, which is why a cluster with only two healthy nodes cannot upgrade without downtime. The upgrade pauses if a volume would lose its last healthy replica.
Rate limits apply per workspace and per token. A script that opens many connections in parallel can hit the limit even when the total number of requests looks small. Responses over the limit carry the status 429 and a header that says how many seconds to wait before trying again.
The {feature} integration stores its credentials encrypted with a key that belongs to the workspace. Rotating the workspace key re-encrypts every stored credential, which can take several minutes on large workspaces. Until the rotation finishes, connectors that start a new session may fail with {code}.
Mount failures usually come from the node rather than from the volume. A missing kernel module, a full root disk or a stale mount point left behind by a crashed workload are the common causes. The agent log on the node names the exact step that failed and the command it ran.
Imports read the source in pages of {num} records. When the source changes while the import is running, records can be skipped or read twice, and the summary at the end reports a count that does not match the source. Running the import again with the resume option picks up from the last page that was committed.
The status page reports incidents for the hosted control plane only. Problems that affect a single workspace, such as a misconfigured connector or a node that ran out of memory, do not appear there. Check the workspace health screen first, then the status page.
Each project keeps an audit trail of configuration changes. The trail records who made the change, from which address, the value before and the value after. It is often the quickest way to find out why a setting that worked yesterday no longer does.
Snapshots are crash consistent, not application consistent. A database that keeps part of its state in memory may need a short recovery when it starts from a snapshot. For an application consistent copy, pause writes or use the pre-snapshot hook to flush the application first.
Domain verification looks for a text record on the exact host name that the settings page shows. Some providers append the zone name automatically, so the record ends up one level too deep and verification never succeeds. Propagation can take up to {duration}, although most records are visible within minutes.
Latency spikes often line up with the rebuild of a replica. Rebuilding copies the whole volume over the network, and on a busy node that traffic competes with client requests. The rebuild speed limit, set with {key}, trades a longer rebuild for steadier latency.
Notifications are grouped per user and sent at most once every {duration} for the same event. A user who muted a project still receives messages about billing and security, which cannot be muted. The notification log shows every message that was sent, held back or dropped, and why.
The API returns errors as a JSON object with a code, a message and a request identifier. Quote the request identifier when you contact support, because it lets the team find the exact call in the logs. The message is meant for people and may change, so scripts should branch on the code instead.
Storage classes decide how many replicas a new volume gets, which disks it may use and whether it can grow later. Changing a storage class does not change volumes that already exist. To move an existing volume to another class, clone it into a new volume and switch the workload over.
A node that keeps restarting its agent usually runs out of memory under load. The agent needs more memory for each attached volume and for each replica it rebuilds at the same time. The node page shows the memory used by the agent over the last day, which makes the pattern easy to spot.
Connection resets during large uploads are most often caused by a proxy with a short idle timeout between the client and the service. The upload itself keeps going, but the proxy closes the connection while the server is still writing the last part. Raising the proxy timeout or splitting the upload into parts avoids the problem.
Permissions are granted to roles, and roles are granted to members or groups. A member who belongs to several groups receives the union of their roles. When a member cannot see a project that their team can see, the cause is usually a group that was synced from the directory before the member was added to it.
The {feature} connector polls the remote system every {duration} by default. Polling more often does not make changes arrive faster once the remote side applies its own rate limit, and it uses up the quota that other connectors share. Event based sync, where the remote system supports it, avoids polling entirely.
After a region failover, the workspace keeps serving from the secondary region until an administrator fails it back. Writes made during the failover are replicated back once the primary region is healthy again. The settings page shows which region is active and when it last changed.
Disk pressure on a node triggers eviction of replicas with the lowest priority first. The evicted replicas are rebuilt on other nodes, which can move the pressure somewhere else when the whole cluster is short on space. The capacity screen shows how much space each node reserves and how much the scheduler may still use.
Logs are kept for {duration} on the hosted plan and for as long as the disk allows on self-managed nodes. The support bundle collects the logs of the last day from every node, the current configuration with secrets removed and the state of each volume. It is the first thing support asks for.
The web app caches project settings for a few minutes to keep the pages fast. A change made through the API may therefore take a moment to appear in an open browser tab. Reloading the page always fetches the current settings.
Expired certificates break the connection between nodes and the control plane without any change on the nodes themselves. The node log shows a handshake error that names the certificate and its expiry date. Renewing the certificate and restarting the agent restores the connection.
Scheduled jobs run in the time zone of the workspace, not in the time zone of the user who created them. When the workspace time zone changes, jobs keep their wall clock time, so a nightly job may run twice or not at all on the day of the change.
Large directories slow down listing and sync. A folder with hundreds of thousands of entries takes minutes to scan, and every change inside it causes another scan. Splitting the data into nested folders keeps each scan short.
When two writers change the same record within the same second, the last write wins and the earlier change is recorded as a conflict. Conflicts are listed on the sync screen, where each one can be resolved by choosing one of the two versions or by merging them by hand.
Some antivirus and endpoint tools lock files while they scan them. The desktop client then fails to read or replace the file and retries it later, which shows up as a file that stays in the pending state. Excluding the sync folder from real time scanning usually clears it.
The {service} writes a health report every {duration}. A missing report means the process is not running or cannot reach the control plane. A report that arrives but lists failed checks means the process runs but one of its dependencies does not.
The kernel keeps a page cache for every mounted filesystem, so a write that returned successfully may still sit in memory for several seconds. If the node loses power in that window, the journal replays what it can and the rest is gone. Applications that need durability call fsync, and the {service} flushes its own metadata before it acknowledges a snapshot.
Checksums are verified on every read from a replica. A mismatch marks the replica as suspect, the read is served from another copy, and a background scrub compares the blocks of all copies. Repeated mismatches on one disk usually point to failing hardware rather than to a software defect.
The manifest of a backup lists every block, its checksum and the backup it was first written in. Restoring reads the manifest first, then fetches the blocks in parallel from the backup target. A manifest that cannot be parsed, for example after an interrupted upload, makes the whole backup unusable, which is why uploads write the manifest last.
Tenants on the shared plan run on the same pool of nodes, isolated by namespaces and quotas. A noisy neighbour cannot take another tenant's storage, but it can raise disk latency for everyone on a node until the scheduler moves its replicas. Dedicated plans avoid this by reserving whole nodes.
A quorum of control plane members must agree before a configuration change is committed. With three members, one can fail without any interruption; with two failed members the cluster refuses writes and serves reads from the last committed state. Restoring the quorum is always safer than forcing a single member to act alone.
Leases give one worker the exclusive right to process a partition for a limited time. The worker renews its lease well before it expires; if a garbage collection pause or a slow disk delays the renewal, another worker takes over and the first one discovers the loss on its next write. Duplicate processing during that handover is expected and harmless when handlers are idempotent.
Throughput and latency pull in opposite directions. Larger batches move more records per second but make each record wait longer before it is sent. The defaults favour steady latency for interactive workspaces; bulk migrations may raise the batch size with {key} and accept a slower first result.
Heartbeats travel over the same connection as regular traffic. On a saturated link they queue behind large transfers, arrive late, and make a healthy node look unreachable. Quality of service rules that prioritise the heartbeat port, or a separate management network, prevent these false alarms.
Encryption at rest uses a key per volume, wrapped by a key per workspace, wrapped in turn by a master key held in the hardware module. Revoking a workspace key makes its volumes unreadable immediately, even on nodes that still cache the unwrapped volume keys, because every read checks the revocation list.
Inodes run out before bytes do on filesystems that hold millions of tiny files. The disk then reports free space while every attempt to create a file fails with no space left on device. Formatting with a higher inode density, or packing small files into archives, avoids the surprise.
OAuth refresh tokens rotate on every use with most providers. If two processes share one connection and both refresh at the same moment, the provider accepts the first request and revokes the token the second process holds. The connection then breaks until someone reauthorises it, and the integration log shows invalid grant.
Signed webhook payloads carry a timestamp and a signature computed over the timestamp and the raw body. Receivers that parse and reserialise the JSON before checking the signature compute a different digest and reject every delivery. Verify against the raw bytes exactly as they arrived.
Pagination cursors are opaque and short lived. A cursor saved overnight and reused the next morning returns an error that asks for a fresh listing, since the data behind it may have been compacted in between. Scripts that walk a large collection should finish the walk in one session or restart from the beginning.
Mobile devices suspend background work aggressively. A sync that started while the app was open may pause as soon as the screen locks and resume only when the user returns. Large initial syncs therefore finish much faster on a desktop or with the app kept in the foreground.
Replication lag grows when the secondary region applies changes more slowly than the primary produces them. Lag is harmless for backups but matters for failover, because writes that have not yet arrived are lost if the primary disappears. The replication screen shows the current lag and its peak over the last week.
Proxy servers that inspect TLS traffic replace the certificate presented by the service with their own. Clients that pin the service certificate refuse the connection, while browsers that trust the corporate root carry on as if nothing happened. Adding the service domains to the inspection bypass list resolves the mismatch.
Search indexing runs behind every write, so a document that was just uploaded may not appear in search results for a short while. The indexer processes changes in arrival order; a bulk import of half a million documents can therefore delay fresh uploads by an hour or more. The search settings page displays the backlog and an estimate of when it will be cleared.
Audit exports are produced as compressed newline delimited JSON, one event per line, signed so that tampering is detectable. Compliance teams often load them into a warehouse; make sure the loader understands gzip framing, because a naive reader stops after the first member of a concatenated archive and silently drops the remainder.
Thumbnails and previews are rendered lazily by a separate pool of workers. Uncommon formats such as layered design files or raw camera images take noticeably longer, and a corrupt file may never produce a preview at all. The original file is untouched either way; only the preview is missing.
The desktop client throttles itself on metered connections and on battery power. Users who tether a laptop to a phone therefore see sync crawl, sometimes to a few kilobytes per second. The tray icon tooltip explains the reason, and the throttle can be overridden per device from the preferences dialog.
Quotas are enforced at three levels: the workspace, the project and the individual member. Whichever ceiling is reached first wins, so a member with plenty of personal allowance can still be blocked by an exhausted project quota. The rejection message names the level that was hit.
Time series metrics are downsampled after seven days, keeping minute resolution only for the most recent week. Graphs of older periods look smoother than the raw data was, which can hide brief spikes. For investigations that reach further back, export the raw samples before they are compacted.
Cold storage tiers trade retrieval speed for price. Objects moved to the archive tier need a rehydration request before they can be read, and rehydration takes between one and twelve hours depending on the priority you choose. Reads that arrive during that time fail with a clear explanation rather than waiting.
A firmware bug in certain NVMe controllers causes them to stop responding under sustained queue depth. The symptom is a node that freezes for exactly thirty seconds, then recovers as the controller resets. Vendors have published updated firmware; until it is applied, lowering the queue depth avoids the freeze.
Service accounts are meant for automation and cannot sign in interactively. They authenticate with a key pair, and each key can be scoped to a single project and a short list of permissions. Leaked keys should be revoked at once; revocation propagates to every region within a minute.
Data residency rules pin a workspace to one jurisdiction. Replicas, backups and even temporary scratch files stay inside the chosen region, which is why some features that rely on a global cache, such as instant preview of shared links, are slower for pinned workspaces.
Garbage collection of orphaned blocks runs weekly. Blocks become orphaned when a volume is deleted while a snapshot still references it, or when an upload is abandoned halfway. Until the collector runs, the space they occupy still counts toward usage, which surprises administrators who expected an immediate drop.
Browser extensions that rewrite pages, block scripts or inject their own styles are a frequent source of broken screens. Ad blockers in particular may hide elements whose names contain words like banner, tracking or analytics. Testing in a private window without extensions quickly rules this out.
IPv6 only networks reach the service through the same addresses as dual stack clients, but some older corporate resolvers return only IPv4 records. Clients on such networks time out while connecting. Configuring a resolver that answers with both record types, or enabling the NAT64 gateway, restores access.
The scheduler honours affinity and anti-affinity labels when it places replicas. Labels that no node carries make a volume unschedulable, and the volume waits indefinitely in the pending state. The volume detail page lists every constraint and which nodes failed which one.
Partial outages are harder to notice than total ones. A single degraded availability zone may slow down one request in twenty while the overall error rate stays flat. Percentile latency charts, especially the ninety ninth percentile, reveal these long tails much sooner than averages do.
Spreadsheet imports guess the type of each column from the first hundred rows. A column of postal codes that begins with numbers and later contains letters is guessed as numeric, and the rows with letters are rejected. Setting the column type explicitly in the import preview prevents the rejection.
Outgoing email is signed with DKIM and sent from addresses covered by the workspace SPF record. When a customer adds a custom sending domain but forgets to publish the DKIM selector, receiving mailboxes quarantine the messages or drop them outright. The deliverability panel highlights missing records in red and shows what each one should contain.
Cross-origin requests from an embedded widget need the embedding site listed among the allowed origins. Browsers enforce this strictly: the request leaves, the response arrives, but the script never sees it, and the developer console reports a CORS failure instead of the real status. Wildcards are accepted for subdomains but not for schemes or ports.
Cookies set with the SameSite attribute are withheld from requests that start on another site. A portal embedded in an iframe on a partner domain therefore appears signed out even though the user logged in a moment earlier in another tab. Opening the portal in its own window sidesteps the restriction.
Daylight saving transitions create an hour that happens twice in autumn and an hour that never happens in spring. Reports grouped by local hour show a doubled bar or a gap on those dates. The raw events are correct; only the grouping is affected, and grouping by UTC removes the artefact.
Character encoding problems show up as accented letters turned into pairs of strange symbols. They almost always mean a file saved in a legacy code page was read as UTF-8, or the reverse. Re-exporting the spreadsheet as UTF-8 with a byte order mark fixes most imports from desktop office suites.
Hardware security keys and passkeys are bound to the domain they were registered on. After a workspace moves to a custom login domain, previously registered keys no longer work there and members must register them again. Recovery codes still work and should be kept somewhere safe.
Directory synchronisation through LDAP reads group membership on a schedule, not in real time. Nested groups are resolved up to five levels deep; anything deeper is ignored, which can leave members without the access their outer group should grant. Flattening very deep hierarchies avoids the limit.
Content delivery networks cache public assets close to visitors. After a release, stale copies may linger at some edge locations until their cache lifetime expires. Versioned file names, where every build produces new names, make invalidation unnecessary because old and new files never collide.
Conditional requests with ETags let clients skip downloading unchanged resources. A proxy that strips the validator headers forces full downloads every time, multiplying bandwidth for large shared folders. The network panel of the browser developer tools shows whether requests return 304 or full 200 responses.
Push notifications on phones pass through the platform vendor's gateway. Delivery is best effort: a device that is switched off, in a low power mode, or has not opened the app for weeks may receive nothing. The in-app inbox keeps every notification, so nothing is lost even when the push never arrives.
Kerberos authentication fails quietly when the service principal name does not match the host name the browser used. Users are prompted for a password instead of being signed in transparently. Registering the alias as an additional principal, or using the canonical host name, restores single sign-on.
GPU nodes are reserved for workloads that request accelerators explicitly. Ordinary workloads are never placed there, so a cluster with idle accelerators can still report insufficient capacity for general jobs. Tolerations and node pools decide which workloads may land on which hardware.
Locale settings affect how numbers and dates are parsed during imports. A decimal comma read under an English locale turns prices into values a hundred times too large, or rejects them. The import preview displays the parsed value beside the original text, so mismatches are easy to catch before committing.
Screen readers announce live regions when their content changes. A status message that is replaced too often, such as a progress counter updating every few milliseconds, floods the listener with announcements. Throttling updates to once every few seconds keeps the interface usable without sight.
`;

/** Step prose: imperative sentences, as written in fix sections and checklists. One sentence per line. */
export const STEP_PROSE = `
Open the {feature} settings and confirm that the connector is enabled for this project.
Check the activity log for the error code {code} and note the time of the first failure.
Restart the {service} on the affected node and wait until the node reports healthy again.
Run the command with the verbose option to see which configuration file is read.
Confirm that {key} is set to a value larger than the default of {num}.
Detach the volume from the workload, wait for the attachment to clear, and attach it again.
Make sure the clock on every node is synchronized with a reliable time source.
Rotate the token from the account settings and update every script that still uses the old one.
Remove the stale mount point left behind on the node before you restart the workload.
Check that the network policy allows traffic from the node to {host} on the control plane port.
Compare the settings of this project with a project where the same feature works.
Look at the node page and check whether the agent was restarted in the last hour.
Lower the rebuild speed limit with {key} if client latency matters more than rebuild time.
Delete the failed batch from the dead-letter queue only after you have exported its records.
Renew the certificate, copy it to {path}, and restart the agent on each node.
Verify that the receiver answers with a 2xx status within the delivery timeout.
Pause the scheduled job, fix the source data, and resume the job from the last committed page.
Ask a workspace administrator to check the role assignments of the affected member.
Add the missing text record on the exact host name that the settings page shows.
Collect a support bundle with {flag} and attach it to the ticket.
Clone the volume into a new storage class and switch the workload over to the clone.
Free space on the root disk of the node, then let the scheduler retry the placement.
Exclude the sync folder from real time scanning in your endpoint protection tool.
Raise the idle timeout of the proxy between the client and the service.
Wait for the rotation of the workspace key to finish before you reconnect the integration.
Resolve each conflict on the sync screen by choosing one version or merging them by hand.
Upgrade the command line tool to {version} or later, which fixes the retry loop.
Split the folder into nested folders so that each one holds fewer entries.
Reload the browser tab to fetch the current settings after a change made through the API.
Check the status page for an incident only after the workspace health screen shows no problem.
Set {key} in {path} and restart the agent so that the new value is read.
Cordon the node so that no new replicas are scheduled on it while you investigate.
Confirm that the kernel module for block devices is loaded on the node.
Drain the node, upgrade it, and wait until every volume on it is healthy before moving on.
Reduce the number of parallel connections in the script to stay under the rate limit.
Resend the failed deliveries from the webhook log once the receiver is fixed.
Sign out, clear the cookies for the workspace domain, and sign in again.
Check whether the member belongs to a group that was synced before the member was added.
Increase the memory limit of the agent if the node attaches many volumes at once.
Trigger a manual sync from the {feature} card and watch the activity log while it runs.
Fail the workspace back to the primary region once the region reports healthy.
Make sure the backup target is reachable from every node with {flag}.
Wait {duration} and check again, because the control plane retries on its own.
Contact support with the request identifier if the error code is not listed in this article.
Run a scrub on the volume and compare the checksum errors reported for each replica.
Replace the disk if the same disk reports checksum mismatches on several volumes.
Restore the quorum by bringing the missing control plane member back before you change any setting.
Reauthorise the connection from the integration page so that a fresh refresh token is issued.
Verify the webhook signature against the raw request body instead of the parsed JSON.
Request a fresh listing instead of reusing a cursor that was saved earlier.
Keep the mobile app in the foreground until the first sync has finished.
Add the service domains to the bypass list of the inspecting proxy.
Reformat the data disk with a higher inode density before you move millions of small files onto it.
Prioritise the heartbeat port on saturated links or move heartbeats to the management network.
Check the replication lag on the replication screen before you start a planned failover.
Make the webhook handler idempotent so that a repeated delivery does no harm.
Flush the application with the pre-snapshot hook when you need an application consistent copy.
Raise the batch size with {key} only for bulk migrations, not for interactive projects.
Confirm that the revocation list on the node was refreshed after the workspace key changed.
Open the search settings page and wait until the indexing backlog is cleared.
Load the audit export with a reader that understands concatenated gzip members.
Override the metered connection throttle for this device in the preferences dialog.
Check which quota was reached in the rejection message before you raise any limit.
Export the raw metric samples before they are downsampled at the end of the week.
Send a rehydration request for archived objects and choose the priority you need.
Apply the updated controller firmware, or lower the queue depth until you can.
Revoke the leaked service account key and issue a new one scoped to a single project.
Retry in a private browser window with every extension disabled.
Configure a resolver that answers with both IPv4 and IPv6 records.
Remove the affinity label that no node carries, or add it to a suitable node.
Set the column type explicitly in the import preview before you start the import.
Inspect the ninety ninth percentile latency chart rather than the average.
Publish the DKIM selector record for the custom sending domain and wait for the panel to turn green.
Add the embedding site to the allowed origins, including its scheme and port.
Open the portal in its own window instead of inside the partner iframe.
Group the report by UTC instead of by local hour around daylight saving dates.
Re-export the spreadsheet as UTF-8 with a byte order mark and import it again.
Ask members to register their security keys again on the new login domain.
Flatten nested directory groups that are more than five levels deep.
Purge the edge cache for the affected paths, or switch to versioned file names.
Check in the browser network panel whether conditional requests return 304.
Register the alias as an additional service principal name.
Select the correct locale in the import preview before parsing numbers and dates.
`;
