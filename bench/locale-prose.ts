/**
 * Seed prose for the German and Japanese search benchmark
 * (bench/locale-search.ts): original troubleshooting text about Corvid, the
 * fictional storage and sync platform of bench/kb-prose.ts, written for
 * this benchmark in each language as its help centers write. Word chains
 * recombine the sentences, so common words recur in many contexts.
 *
 * Slots: {feature} an invented product feature, {code} an error code, {num}
 * a number, {duration} a time span.
 */

export const GERMAN_PROSE = `
Wenn ein Synchronisierungsauftrag hängt, zeigt das Dashboard weiterhin den letzten erfolgreichen Lauf an, während die Warteschlange dahinter wächst.
Die Karte {feature} wird nach {duration} gelb, und das Aktivitätsprotokoll zeichnet keine neuen Stapel mehr auf.
Meistens wartet der Auftrag auf eine Sperre, die ein anderer Worker nie freigegeben hat.
Webhooks werden mindestens einmal zugestellt, deshalb muss der Empfänger doppelte Zustellungen verkraften.
Antwortet der Empfänger mit einem Status außerhalb von 2xx oder braucht er länger als {duration}, gilt die Zustellung als fehlgeschlagen und wird später wiederholt.
Das Zustellungsprotokoll speichert den Anfragetext, den Antwortstatus und das erste Kilobyte der Antwort.
Von der Identitätsverwaltung ausgestellte Token laufen nach {duration} ab.
Ein abgelaufenes Token liefert den Status 401 mit dem Code {code}, den das Kommandozeilenwerkzeug als Anmeldefehler anzeigt.
Die Abrechnung richtet sich nach dem höchsten Speicherverbrauch jeder Stunde und nicht nach dem Verbrauch am Monatsende.
Ein großer Import, der noch am selben Tag gelöscht wird, erscheint trotzdem auf der Rechnung.
Die Einmalanmeldung setzt voraus, dass die Uhr des Identitätsanbieters und die Uhr des Arbeitsbereichs nur wenige Minuten voneinander abweichen.
Weichen die Uhren zu stark ab, werden Assertions als noch nicht gültig oder bereits abgelaufen abgelehnt.
Die Benutzer sehen dann eine Schleife zwischen der Anmeldeseite und dem Anbieter, und das Prüfprotokoll vermerkt eine fehlgeschlagene Anmeldung.
Sicherungen sind nach der ersten vollständigen Kopie inkrementell, daher gibt das Löschen einer alten Sicherung oft weniger Speicher frei als erwartet.
Ratenbegrenzungen gelten pro Arbeitsbereich und pro Token, und Antworten über der Grenze tragen den Status 429.
Die Integration {feature} speichert ihre Zugangsdaten verschlüsselt mit einem Schlüssel des Arbeitsbereichs.
Bis die Schlüsselrotation abgeschlossen ist, können Konnektoren, die eine neue Sitzung starten, mit {code} fehlschlagen.
Aufgezeichnete Sitzungen erscheinen erst, wenn das Tracking-Snippet auf jeder Seite geladen wird.
Werbeblocker und strenge Datenschutzeinstellungen im Browser halten das Aufzeichnungsskript oft auf.
Benachrichtigungen werden pro Benutzer gebündelt und höchstens alle {duration} für dasselbe Ereignis gesendet.
Landen die E-Mails im Spam-Ordner, fehlen meist die DKIM- oder SPF-Einträge der Absenderdomäne.
Die Bestätigung der Domäne sucht einen TXT-Eintrag genau auf dem Hostnamen, den die Einstellungsseite anzeigt.
Manche Anbieter hängen den Zonennamen automatisch an, sodass der Eintrag eine Ebene zu tief landet.
Eingeladene Mitglieder können erst beitreten, wenn sie den Link in der Einladung innerhalb von {duration} öffnen.
Ein Mitglied, das mehreren Gruppen angehört, erhält die Vereinigung aller Rollen dieser Gruppen.
Die Zwei-Faktor-Anmeldung schlägt fehl, wenn die Uhrzeit auf dem Telefon nicht automatisch gestellt wird.
Mit einem Sicherungscode können Sie sich anmelden und die Authenticator-App danach neu einrichten.
Große Anhänge über {num} Megabyte werden abgelehnt, laden Sie solche Dateien als Link hoch.
Der Export der Rechnungen enthält die stündlichen Messwerte jedes Projekts und jeder Region.
Nach einem Wechsel der Zahlungsmethode kann es bis zu {duration} dauern, bis die Rechnung wieder heruntergeladen werden kann.
Das Dashboard speichert Projekteinstellungen einige Minuten zwischen, damit die Seiten schnell bleiben.
Eine Änderung über die API erscheint daher erst nach einem Moment in einem geöffneten Browser-Tab.
Abgelaufene Zertifikate unterbrechen die Verbindung zwischen den Knoten und der Steuerungsebene.
Das Protokoll des Knotens zeigt dann einen Handshake-Fehler mit dem Namen und dem Ablaufdatum des Zertifikats.
Geplante Aufträge laufen in der Zeitzone des Arbeitsbereichs, nicht in der Zeitzone des Benutzers.
Ändern zwei Personen denselben Datensatz in derselben Sekunde, gewinnt die letzte Änderung, und die frühere wird als Konflikt angezeigt.
Der Desktop-Client drosselt sich bei getakteten Verbindungen und im Akkubetrieb.
Prüfen Sie zuerst die Statusseite, dann das Protokoll des Arbeitsbereichs und zuletzt die Einstellungen von {feature}.
Starten Sie den Agenten neu, nachdem Sie das Zertifikat erneuert haben.
Öffnen Sie Einstellungen, dann Integrationen, und verbinden Sie {feature} erneut.
Senden Sie die fehlgeschlagene Zustellung aus dem Webhook-Protokoll erneut.
Melden Sie sich ab, löschen Sie die Cookies der Seite und melden Sie sich erneut an.
`;

export const JAPANESE_PROSE = `
同期ジョブが止まると、ダッシュボードには最後に成功した実行が表示されたままになり、その後ろでキューが増え続けます。
{feature}のカードは{duration}後に黄色になり、アクティビティログには新しいバッチが記録されなくなります。
多くの場合、ジョブは別のワーカーが解放しなかったロックを待っています。
Webhookは少なくとも一回配信されるため、受信側は重複した配信に対応する必要があります。
受信側が2xx以外のステータスを返すか、応答に{duration}以上かかると、配信は失敗として扱われ、あとで再試行されます。
配信ログには、リクエストの本文と応答のステータス、応答の最初の1キロバイトが保存されます。
認証サービスが発行したトークンは{duration}で期限切れになります。
期限切れのトークンはコード{code}とともに401を返し、コマンドラインツールはこれを認証エラーとして表示します。
料金は月末の使用量ではなく、各時間の最大ストレージ使用量から計算されます。
同じ日に削除した大きなインポートも、請求書には表示されます。
シングルサインオンでは、IDプロバイダーの時計とワークスペースの時計のずれが数分以内である必要があります。
時計が大きくずれると、アサーションはまだ有効でない、またはすでに期限切れとして拒否されます。
ユーザーにはログインページとプロバイダーの間のループが表示され、監査ログにはサインインの失敗が記録されます。
バックアップは最初の完全コピーのあとは増分になるため、古いバックアップを削除しても思ったほど容量は空きません。
レート制限はワークスペースごと、トークンごとに適用され、上限を超えた応答には429のステータスが付きます。
{feature}連携は、ワークスペースの鍵で暗号化した認証情報を保存します。
鍵のローテーションが終わるまで、新しいセッションを開始するコネクタは{code}で失敗することがあります。
録画したセッションは、トラッキングスニペットがすべてのページで読み込まれてから表示されます。
広告ブロッカーやブラウザの厳しいプライバシー設定が、記録スクリプトを止めていることがよくあります。
通知はユーザーごとにまとめられ、同じイベントについては{duration}に一回まで送信されます。
メールが迷惑メールフォルダに届く場合は、送信ドメインのDKIMやSPFのレコードが足りないことがほとんどです。
ドメインの確認では、設定ページに表示されたホスト名にあるTXTレコードを探します。
一部のプロバイダーはゾーン名を自動で付けるため、レコードが一段深い場所に作られてしまいます。
招待されたメンバーは、{duration}以内に招待メールのリンクを開かないとワークスペースに参加できません。
複数のグループに所属するメンバーには、それぞれのグループのロールがすべて付与されます。
スマートフォンの時刻が自動設定になっていないと、二段階認証でのサインインに失敗します。
バックアップコードでログインしてから、認証アプリを設定し直してください。
{num}メガバイトを超える添付ファイルは受け付けられないため、大きなファイルはリンクとしてアップロードしてください。
請求書のエクスポートには、プロジェクトとリージョンごとの時間単位の計測値が含まれます。
支払い方法を変更したあと、請求書をダウンロードできるようになるまで{duration}かかることがあります。
ダッシュボードはページを速く表示するため、プロジェクトの設定を数分間キャッシュします。
そのため、APIで行った変更が開いているブラウザのタブに表示されるまで少し時間がかかります。
期限切れの証明書は、ノードとコントロールプレーンの間の接続を切断します。
ノードのログには、証明書の名前と有効期限を示すハンドシェイクのエラーが表示されます。
スケジュールされたジョブは、作成したユーザーではなくワークスペースのタイムゾーンで実行されます。
二人が同じレコードを同じ秒に変更すると最後の変更が優先され、先の変更は競合として表示されます。
デスクトップクライアントは、従量制の接続やバッテリー駆動のときに同期の速度を落とします。
まずステータスページを確認し、次にワークスペースのログ、最後に{feature}の設定を確認してください。
証明書を更新したあとでエージェントを再起動してください。
設定から連携を開き、{feature}をもう一度接続してください。
失敗した配信をWebhookのログから再送してください。
一度ログアウトし、サイトのクッキーを削除してから、もう一度ログインしてください。
`;
