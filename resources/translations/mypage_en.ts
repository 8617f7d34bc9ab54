<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>応募済</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>書類選考中</source>
        <translation>Document screening</translation>
    </message>
    <message>
        <source>面接予定</source>
        <translation>Interview scheduled</translation>
    </message>
    <message>
        <source>選考中</source>
        <translation>Under selection</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Not hired</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>紹介</source>
        <translation>Referral (紹介)</translation>
    </message>
    <message>
        <source>オンライン自主応募</source>
        <translation>Online application (オンライン自主応募)</translation>
    </message>
    <message>
        <source>ご本人</source>
        <translation>You</translation>
    </message>
    <message>
        <source>ハローワーク</source>
        <translation>HelloWork</translation>
    </message>
    <message>
        <source>事業所</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>アカウントロック</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>ログアウト</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>セッション終了（無操作・期限）</source>
        <translation>Session ended (idle or expired)</translation>
    </message>
    <message>
        <source>前回のセッションの無効化</source>
        <translation>Previous session invalidated</translation>
    </message>
    <message>
        <source>認証キー申込（開設）</source>
        <translation>Access key request (new account)</translation>
    </message>
    <message>
        <source>認証キー申込（再設定）</source>
        <translation>Access key request (reset)</translation>
    </message>
    <message>
        <source>認証キー不一致</source>
        <translation>Access key mismatch</translation>
    </message>
    <message>
        <source>パスワード登録</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Password change</translation>
    </message>
    <message>
        <source>パスワード変更失敗</source>
        <translation>Password change failed</translation>
    </message>
    <message>
        <source>求職登録</source>
        <translation>Job seeker registration</translation>
    </message>
    <message>
        <source>職員アカウント作成</source>
        <translation>Staff account created</translation>
    </message>
    <message>
        <source>職員ログイン</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>職員ログイン失敗</source>
        <translation>Staff login failed</translation>
    </message>
    <message>
        <source>職員アカウントロック</source>
        <translation>Staff account locked</translation>
    </message>
    <message>
        <source>職員ログアウト</source>
        <translation>Staff logout</translation>
    </message>
    <message>
        <source>職員パスワード変更</source>
        <translation>Staff password change</translation>
    </message>
    <message>
        <source>職員パスワード再発行</source>
        <translation>Staff password reissued</translation>
    </message>
    <message>
        <source>職員再認証</source>
        <translation>Staff re-authentication</translation>
    </message>
    <message>
        <source>職員再認証失敗</source>
        <translation>Staff re-authentication failed</translation>
    </message>
    <message>
        <source>職員パスワード変更失敗</source>
        <translation>Staff password change failed</translation>
    </message>
    <message>
        <source>求職者検索</source>
        <translation>Job seeker search</translation>
    </message>
    <message>
        <source>求職者情報の表示</source>
        <translation>Job seeker details viewed</translation>
    </message>
    <message>
        <source>ログインID変更</source>
        <translation>Login ID change</translation>
    </message>
    <message>
        <source>ログインID登録</source>
        <translation>Login ID set</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>認証キー無効化</source>
        <translation>Access key disabled</translation>
    </message>
    <message>
        <source>パスワード再設定の開始（窓口）</source>
        <translation>Password reset started (counter)</translation>
    </message>
    <message>
        <source>求職者セッションの終了（窓口）</source>
        <translation>Job seeker session ended (counter)</translation>
    </message>
    <message>
        <source>監査ログの閲覧</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <source>アクセス拒否</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>紹介状の発行</source>
        <translation>Referral letter issued</translation>
    </message>
    <message>
        <source>応募状況の記録</source>
        <translation>Application status recorded</translation>
    </message>
    <message>
        <source>応募の辞退</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <source>メッセージ送信</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>お知らせの送信</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <source>求職登録の期限切れ</source>
        <translation>Registration expired</translation>
    </message>
    <message>
        <source>求職登録の延長</source>
        <translation>Registration extended</translation>
    </message>
    <message>
        <source>有効への切り替え</source>
        <translation>Switched to active</translation>
    </message>
    <message>
        <source>求職状態を無効に変更</source>
        <translation>Job seeker status set to inactive</translation>
    </message>
    <message>
        <source>事業所からの応募状況</source>
        <translation>Application status from employer</translation>
    </message>
    <message>
        <source>事業所からの直接リクエスト</source>
        <translation>Direct request from employer</translation>
    </message>
    <message>
        <source>求職情報の公開</source>
        <translation>Job seeker profile published</translation>
    </message>
    <message>
        <source>公開中の求職情報の更新</source>
        <translation>Published profile updated</translation>
    </message>
    <message>
        <source>求職情報の公開の取り下げ</source>
        <translation>Published profile withdrawn</translation>
    </message>
    <message>
        <source>直接リクエストへの応募</source>
        <translation>Applied to a direct request</translation>
    </message>
    <message>
        <source>直接リクエストの辞退</source>
        <translation>Direct request declined</translation>
    </message>
    <message>
        <source>事業所からのメッセージ</source>
        <translation>Message from employer</translation>
    </message>
    <message>
        <source>求職状態を有効に変更</source>
        <translation>Job seeker status set to active</translation>
    </message>
    <message>
        <source>端末登録の申請</source>
        <translation>Device registration requested</translation>
    </message>
    <message>
        <source>端末登録の承認</source>
        <translation>Device registration approved</translation>
    </message>
    <message>
        <source>端末登録コードの誤り</source>
        <translation>Wrong device registration code</translation>
    </message>
    <message>
        <source>端末への証明書の受け渡し</source>
        <translation>Certificate handed to device</translation>
    </message>
    <message>
        <source>端末の登録取消</source>
        <translation>Device registration canceled</translation>
    </message>
    <message>
        <source>別の端末からのセッション利用（拒否）</source>
        <translation>Session used from another device (denied)</translation>
    </message>
    <message>
        <source>仮登録の一時保存（新規）</source>
        <translation>Pre-registration saved (new)</translation>
    </message>
    <message>
        <source>仮登録の一時保存</source>
        <translation>Pre-registration saved</translation>
    </message>
    <message>
        <source>仮登録の再開キー申込</source>
        <translation>Pre-registration resume key requested</translation>
    </message>
    <message>
        <source>仮登録の再開キー不一致</source>
        <translation>Pre-registration resume key mismatch</translation>
    </message>
    <message>
        <source>仮登録の再開</source>
        <translation>Pre-registration resumed</translation>
    </message>
    <message>
        <source>仮登録の送信</source>
        <translation>Pre-registration submitted</translation>
    </message>
    <message>
        <source>仮登録の送信（一時保存なし）</source>
        <translation>Pre-registration submitted (without saving)</translation>
    </message>
    <message>
        <source>仮登録の検索</source>
        <translation>Pre-registration search</translation>
    </message>
    <message>
        <source>仮登録の閲覧</source>
        <translation>Pre-registration viewed</translation>
    </message>
    <message>
        <source>仮登録の訂正</source>
        <translation>Pre-registration corrected</translation>
    </message>
    <message>
        <source>本登録（仮登録から）</source>
        <translation>Full registration (from pre-registration)</translation>
    </message>
    <message>
        <source>期限切れ仮登録の削除</source>
        <translation>Expired pre-registration deleted</translation>
    </message>
    <message>
        <source>応募書類の登録</source>
        <translation>Application documents uploaded</translation>
    </message>
    <message>
        <source>応募書類の閲覧（職員）</source>
        <translation>Application documents viewed (staff)</translation>
    </message>
    <message>
        <source>応募内容の閲覧（職員）</source>
        <translation>Application viewed (staff)</translation>
    </message>
    <message>
        <source>応募の書き出し（事業所向け）</source>
        <translation>Applications exported (for employer)</translation>
    </message>
    <message>
        <source>連絡先の変更（本人）</source>
        <translation>Contact details changed (by seeker)</translation>
    </message>
    <message>
        <source>希望条件の変更（本人）</source>
        <translation>Preferences changed (by seeker)</translation>
    </message>
    <message>
        <source>求職情報提供への同意</source>
        <translation>Consent to information sharing</translation>
    </message>
    <message>
        <source>求職情報提供の同意取り消し</source>
        <translation>Information sharing consent withdrawn</translation>
    </message>
    <message>
        <source>本人による変更履歴の閲覧（職員）</source>
        <translation>Seeker&apos;s change history viewed (staff)</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>失敗</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>拒否</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>ロック</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>ロックなし</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <source>認証キー発行</source>
        <translation>Access key issued</translation>
    </message>
    <message>
        <source>開設済み（お知らせを送信）</source>
        <translation>Opened (notice sent)</translation>
    </message>
    <message>
        <source>未開設</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <source>登録内容と不一致</source>
        <translation>Does not match registration</translation>
    </message>
    <message>
        <source>回数制限</source>
        <translation>Attempt limit</translation>
    </message>
    <message>
        <source>端末の回数制限</source>
        <translation>Device attempt limit</translation>
    </message>
    <message>
        <source>認証キー誤り</source>
        <translation>Wrong access key</translation>
    </message>
    <message>
        <source>認証キー無効化（誤り回数超過）</source>
        <translation>Access key disabled (too many errors)</translation>
    </message>
    <message>
        <source>認証キー期限切れ・使用済み</source>
        <translation>Access key expired or used</translation>
    </message>
    <message>
        <source>現在のパスワード誤り</source>
        <translation>Wrong current password</translation>
    </message>
    <message>
        <source>前回の残り</source>
        <translation>Left from last session</translation>
    </message>
    <message>
        <source>無操作</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>別の端末でログイン</source>
        <translation>Logged in on another device</translation>
    </message>
    <message>
        <source>メールアドレス変更</source>
        <translation>E-mail address changed</translation>
    </message>
    <message>
        <source>職員が終了</source>
        <translation>Ended by staff</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>失敗の上限（再設定・解除が必要）</source>
        <translation>Failure limit reached (reset or unlock needed)</translation>
    </message>
    <message>
        <source>利用者用端末</source>
        <translation>Public device</translation>
    </message>
    <message>
        <source>窓口端末</source>
        <translation>Counter device</translation>
    </message>
    <message>
        <source>職員端末</source>
        <translation>Staff device</translation>
    </message>
    <message>
        <source>求職番号</source>
        <translation>Job seeker number (求職番号)</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>フリガナ・生年月日</source>
        <translation>Furigana and date of birth</translation>
    </message>
    <message>
        <source>履歴書</source>
        <translation>Résumé (履歴書)</translation>
    </message>
    <message>
        <source>職務経歴書</source>
        <translation>Work history (職務経歴書)</translation>
    </message>
    <message>
        <source>「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。</source>
        <translation>If you agree to &quot;Information sharing (求職情報提供)&quot;, HelloWork will share the job seeker information you registered with local governments and employment agencies (private recruiting companies, etc.). They may then introduce jobs that suit you.</translation>
    </message>
    <message>
        <source>・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。</source>
        <translation>• What is shared: your registered details, such as desired job type, work location and wage, age, qualifications and work history.</translation>
    </message>
    <message>
        <source>・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、ハローワークを通じてお知らせします。</source>
        <translation>• What is not shared: your name, address, phone number, e-mail address and other contact details. If they want to contact you, HelloWork will let you know.</translation>
    </message>
    <message>
        <source>・同意はいつでも取り消せます。取り消した後は新たに提供しません。</source>
        <translation>• You can withdraw your consent at any time. After that, nothing new is shared.</translation>
    </message>
    <message>
        <source>・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。</source>
        <translation>• While your job seeker status is &quot;Inactive&quot;, you cannot give new consent (you can still withdraw it).</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>パート</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>一般（障害者）</source>
        <translation>Regular (disability)</translation>
    </message>
    <message>
        <source>パート（障害者）</source>
        <translation>Part-time (disability)</translation>
    </message>
    <message>
        <source>新卒・既卒</source>
        <translation>New and recent graduates</translation>
    </message>
    <message>
        <source>季節</source>
        <translation>Seasonal</translation>
    </message>
    <message>
        <source>出稼ぎ</source>
        <translation>Migrant work</translation>
    </message>
    <message>
        <source>正社員</source>
        <translation>Full-time employee</translation>
    </message>
    <message>
        <source>正社員以外</source>
        <translation>Non-regular employee</translation>
    </message>
    <message>
        <source>有期雇用派遣労働者</source>
        <translation>Fixed-term dispatched worker</translation>
    </message>
    <message>
        <source>無期雇用派遣労働者</source>
        <translation>Permanent dispatched worker</translation>
    </message>
    <message>
        <source>パート労働者</source>
        <translation>Part-time worker</translation>
    </message>
    <message>
        <source>月給</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>日給</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>時給</source>
        <translation>Hourly</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>希望条件</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>求職情報提供：提供する</source>
        <translation>Information sharing: Yes</translation>
    </message>
    <message>
        <source>求職情報提供：提供しない</source>
        <translation>Information sharing: No</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>希望職種</source>
        <translation>Desired job type</translation>
    </message>
    <message>
        <source>希望勤務地</source>
        <translation>Desired work location</translation>
    </message>
    <message>
        <source>希望賃金</source>
        <translation>Desired wage</translation>
    </message>
    <message>
        <source>求職情報提供</source>
        <translation>Information sharing (求職情報提供)</translation>
    </message>
    <message>
        <source>ハローワークの利用者用端末</source>
        <translation>HelloWork public device</translation>
    </message>
    <message>
        <source>ハローワークの窓口端末</source>
        <translation>HelloWork counter device</translation>
    </message>
    <message>
        <source>ご自身のパソコンなど</source>
        <translation>Your own computer, etc.</translation>
    </message>
    <message>
        <source>一時保存中</source>
        <translation>Saved (draft)</translation>
    </message>
    <message>
        <source>オンライン登録者</source>
        <translation>Online registrant</translation>
    </message>
    <message>
        <source>本登録済</source>
        <translation>Fully registered</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>回答しない</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>正社員以外（契約社員・嘱託など）</source>
        <translation>Non-regular (contract, temporary, etc.)</translation>
    </message>
    <message>
        <source>パートタイム</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Dispatched (temp agency)</translation>
    </message>
    <message>
        <source>どれでもよい</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>仮登録番号（この画面またはメールに記載の番号）</source>
        <translation>Pre-registration number (shown on this screen or in the e-mail)</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード、運転免許証、在留カードなど）</source>
        <translation>ID document (My Number Card, driver&apos;s license, residence card, etc.)</translation>
    </message>
    <message>
        <source>雇用保険の離職票（お持ちの方）</source>
        <translation>Employment insurance (雇用保険) separation notice (if you have one)</translation>
    </message>
    <message>
        <source>応募</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>ID（メールアドレス）を入力してください。</source>
        <translation>Enter your ID (e-mail address).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に使用できない制御文字が含まれています。</source>
        <translation>Your ID (e-mail address) contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。半角英数字で入力してください。</source>
        <translation>Your ID (e-mail address) contains full-width characters (hiragana, kanji, etc.). Use half-width letters and numbers.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に空白が含まれています。空白を取り除いてください。</source>
        <translation>Your ID (e-mail address) contains spaces. Remove the spaces.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Your ID (e-mail address) can have up to {max} half-width characters (now {length}).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。</source>
        <translation>Your ID (e-mail address) is not valid. Include &quot;@&quot;.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。</source>
        <translation>The part of your ID (e-mail address) before &quot;@&quot; can have up to {max} characters.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp</source>
        <translation>Your ID (e-mail address) is not valid. Example: hellowork@example.jp</translation>
    </message>
    <message>
        <source>生年月日の「年」を入力してください。</source>
        <translation>Enter the year of your date of birth.</translation>
    </message>
    <message>
        <source>生年月日の「月」を入力してください。</source>
        <translation>Enter the month of your date of birth.</translation>
    </message>
    <message>
        <source>生年月日の「日」を入力してください。</source>
        <translation>Enter the day of your date of birth.</translation>
    </message>
    <message>
        <source>生年月日は和暦ではなく西暦で入力してください（例: 1980）。</source>
        <translation>Enter your date of birth in the Western calendar, not the Japanese era (e.g. 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁の半角数字で入力してください（例: 1980）。</source>
        <translation>Enter the year as 4 half-width digits (e.g. 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁で入力してください（例: 1980）。</source>
        <translation>Enter the year as 4 digits (e.g. 1980).</translation>
    </message>
    <message>
        <source>「月」は半角数字で入力してください（1〜12）。</source>
        <translation>Enter the month in half-width digits (1–12).</translation>
    </message>
    <message>
        <source>「日」は半角数字で入力してください（1〜31）。</source>
        <translation>Enter the day in half-width digits (1–31).</translation>
    </message>
    <message>
        <source>「年」は{min}年から{max}年までの西暦で入力してください。</source>
        <translation>Enter a year from {min} to {max}.</translation>
    </message>
    <message>
        <source>「月」は1から12までの数字で入力してください。</source>
        <translation>Enter a month from 1 to 12.</translation>
    </message>
    <message>
        <source>「日」は1から31までの数字で入力してください。</source>
        <translation>Enter a day from 1 to 31.</translation>
    </message>
    <message>
        <source>存在しない日付です。生年月日を確認してください。</source>
        <translation>This date does not exist. Check your date of birth.</translation>
    </message>
    <message>
        <source>生年月日に未来の日付は入力できません。</source>
        <translation>Your date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>パスワードに空白（スペース）は使用できません。</source>
        <translation>Your password cannot contain spaces.</translation>
    </message>
    <message>
        <source>パスワードに全角文字（ひらがな・漢字など）が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>Your password contains full-width characters (hiragana, kanji, etc.). Use half-width letters, numbers and symbols.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。</source>
        <translation>Your password contains characters that cannot be used (accented letters like &quot;é&quot;, Greek letters, etc.). Use half-width letters (a–z, A–Z), numbers and symbols.</translation>
    </message>
    <message>
        <source>パスワードに絵文字などの使用できない文字が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>Your password contains emoji or other characters that cannot be used. Use half-width letters, numbers and symbols.</translation>
    </message>
    <message>
        <source>パスワードは{min}桁以上で入力してください（現在{length}桁）。</source>
        <translation>Your password must have at least {min} characters (now {length}).</translation>
    </message>
    <message>
        <source>パスワードは{max}桁以内で入力してください（現在{length}桁）。</source>
        <translation>Your password can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>パスワードに半角英字を1文字以上含めてください。</source>
        <translation>Include at least one half-width letter in your password.</translation>
    </message>
    <message>
        <source>パスワードに半角数字を1文字以上含めてください。</source>
        <translation>Include at least one half-width number in your password.</translation>
    </message>
    <message>
        <source>パスワードに半角記号（!、#、% など）を1文字以上含めてください。</source>
        <translation>Include at least one half-width symbol (!, #, %, etc.) in your password.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。</source>
        <translation>Include at least one half-width letter and one number in your password.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Include at least one half-width letter and one symbol in your password.</translation>
    </message>
    <message>
        <source>パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Include at least one half-width number and one symbol in your password.</translation>
    </message>
    <message>
        <source>メールアドレス、生年月日、求職番号を含むパスワードは登録できません。</source>
        <translation>Your password cannot contain your e-mail address, date of birth or job seeker number.</translation>
    </message>
    <message>
        <source>このパスワードはよく使われていて推測されやすいため登録できません。別のパスワードにしてください。</source>
        <translation>This password is too common and easy to guess. Choose a different password.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。同じパスワードを入力してください。</source>
        <translation>The passwords do not match. Enter the same password again.</translation>
    </message>
    <message>
        <source>認証キーを入力してください。</source>
        <translation>Enter the access key.</translation>
    </message>
    <message>
        <source>認証キーはメールに記載の{length}桁の半角数字で入力してください。</source>
        <translation>Enter the {length}-digit access key from the e-mail, in half-width digits.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。</source>
        <translation>The access key is wrong or has expired. Check the access key in the e-mail, or start the password setup again from the beginning.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。</source>
        <translation>The access key is wrong or has expired. Check the access key in the e-mail, or start the password reset again from the beginning.</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>使用できない文字が含まれています。</source>
        <translation>Contains characters that cannot be used.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください。</source>
        <translation>Enter up to {max} characters.</translation>
    </message>
    <message>
        <source>フリガナはカタカナかひらがなで入力してください。</source>
        <translation>Enter the furigana (フリガナ) in katakana or hiragana.</translation>
    </message>
    <message>
        <source>メールアドレスまたはパスワードが正しくありません。</source>
        <translation>The e-mail address or password is incorrect.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Too many failed password attempts. You cannot log in with this ID. Reset your password with &quot;Forgot your password?&quot; or ask at the HelloWork counter (窓口).</translation>
    </message>
    <message>
        <source>選ばれた言語には対応していません。画面の言語を選び直してください。</source>
        <translation>The chosen language is not supported. Please choose the screen language again.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意してください。</source>
        <translation>Please agree to the &quot;Privacy Policy&quot; and the &quot;My Page Terms of Use&quot;.</translation>
    </message>
    <message>
        <source>このメールアドレスは既に別の方のログインIDとして登録されています。</source>
        <translation>This e-mail address is already registered as another person&apos;s login ID.</translation>
    </message>
    <message>
        <source>該当する求職者が見つかりません。</source>
        <translation>No matching job seeker found.</translation>
    </message>
    <message>
        <source>職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。</source>
        <translation>Staff ID: 3–40 characters, using lowercase letters, numbers, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</translation>
    </message>
    <message>
        <source>この職員IDは既に使われています。</source>
        <translation>This staff ID is already in use.</translation>
    </message>
    <message>
        <source>権限は「職員」または「管理者」を指定してください。</source>
        <translation>Set the role to &quot;Staff&quot; or &quot;Administrator&quot;.</translation>
    </message>
    <message>
        <source>電話番号は半角数字とハイフンで入力してください。</source>
        <translation>Enter the phone number with half-width digits and hyphens.</translation>
    </message>
    <message>
        <source>フリーワードは{max}文字以内で入力してください。</source>
        <translation>Keywords can have up to {max} characters.</translation>
    </message>
    <message>
        <source>フリーワードに使用できない文字が含まれています。</source>
        <translation>Keywords contain characters that cannot be used.</translation>
    </message>
    <message>
        <source>フリーワードは{max}語以内で入力してください。</source>
        <translation>Enter up to {max} keywords.</translation>
    </message>
    <message>
        <source>フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。</source>
        <translation>Keywords contain no searchable characters (kanji, kana, letters or numbers).</translation>
    </message>
    <message>
        <source>求人区分の指定が正しくありません。</source>
        <translation>The job category is not valid.</translation>
    </message>
    <message>
        <source>都道府県の指定が正しくありません。</source>
        <translation>The prefecture is not valid.</translation>
    </message>
    <message>
        <source>賃金は半角数字で入力してください（例: 180000）。</source>
        <translation>Enter the wage in half-width digits (e.g. 180000).</translation>
    </message>
    <message>
        <source>雇用形態の指定が正しくありません。</source>
        <translation>The employment type is not valid.</translation>
    </message>
    <message>
        <source>受付日の範囲は1〜365日で指定してください。</source>
        <translation>Set the received-date range to 1–365 days.</translation>
    </message>
    <message>
        <source>求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Enter the job number as &quot;5 digits-8 digits&quot; (e.g. 06010-12345678).</translation>
    </message>
    <message>
        <source>事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。</source>
        <translation>Enter the employer number as 11 digits, &quot;4-6-1&quot; (e.g. 0601-234567-2). Numbers whose last digit (check digit) does not match cannot be used.</translation>
    </message>
    <message>
        <source>条件の名前を入力してください。</source>
        <translation>Enter a name for the search.</translation>
    </message>
    <message>
        <source>条件の名前は{max}文字以内で入力してください。</source>
        <translation>The search name can have up to {max} characters.</translation>
    </message>
    <message>
        <source>保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。</source>
        <translation>You can save up to {max} searches. Delete a search you no longer need, then save.</translation>
    </message>
    <message>
        <source>キープできる求人は{max}件までです。不要な求人をキープから外してください。</source>
        <translation>You can keep up to {max} jobs. Remove jobs you no longer need from your kept jobs.</translation>
    </message>
    <message>
        <source>この求人は見つかりません。</source>
        <translation>This job was not found.</translation>
    </message>
    <message>
        <source>この検索条件は見つかりません。</source>
        <translation>This saved search was not found.</translation>
    </message>
    <message>
        <source>求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。</source>
        <translation>Your job seeker information is &quot;Inactive&quot;, so you cannot use this feature. You can check your details under &quot;Job seeker information&quot;. To restart your job search, set your job seeker status to &quot;Active&quot;.</translation>
    </message>
    <message>
        <source>求職情報が無効になってから{days}日を超えたため、マイページから「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。</source>
        <translation>More than {days} days have passed since your job seeker information became inactive, so you cannot make it &quot;Active&quot; again in My Page. Please visit your nearest HelloWork office.</translation>
    </message>
    <message>
        <source>求職状態は「有効」か「無効」を指定してください。</source>
        <translation>Set the job seeker status to &quot;Active&quot; or &quot;Inactive&quot;.</translation>
    </message>
    <message>
        <source>この紹介は見つかりません。</source>
        <translation>This referral was not found.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため紹介できません。</source>
        <translation>This job is no longer open, so it cannot be referred.</translation>
    </message>
    <message>
        <source>この求職者の求職情報は「無効」のため紹介できません。先に求職登録を更新してください。</source>
        <translation>This job seeker&apos;s information is &quot;Inactive&quot;, so a referral is not possible. Renew the job seeker registration first.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください。</source>
        <translation>Notes can have up to {max} characters.</translation>
    </message>
    <message>
        <source>備考に使用できない文字が含まれています。</source>
        <translation>Notes contain characters that cannot be used.</translation>
    </message>
    <message>
        <source>求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Enter the job seeker number as &quot;5 digits-8 digits&quot; (e.g. 06010-12345678).</translation>
    </message>
    <message>
        <source>この応募は見つかりません。</source>
        <translation>This application was not found.</translation>
    </message>
    <message>
        <source>この求人には既に応募しています。同じ求人に二度応募することはできません（応募履歴をご確認ください）。</source>
        <translation>You have already applied to this job. You cannot apply to the same job twice (see your application history).</translation>
    </message>
    <message>
        <source>この求人はオンライン自主応募を受け付けていません。応募を希望する場合は、ハローワークの窓口で紹介を受けてください。</source>
        <translation>This job does not accept online applications (オンライン自主応募). To apply, get a referral at the HelloWork counter (窓口).</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため応募できません。</source>
        <translation>This job is no longer open, so you cannot apply.</translation>
    </message>
    <message>
        <source>応募状況を「{current}」から「{target}」に変更することはできません。</source>
        <translation>The status cannot be changed from &quot;{current}&quot; to &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>応募状況が「{status}」のため、辞退の手続きはできません。</source>
        <translation>The status is &quot;{status}&quot;, so you cannot withdraw.</translation>
    </message>
    <message>
        <source>応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・不採用・辞退・取消のいずれか）。</source>
        <translation>Status &quot;{status}&quot; cannot be set (use Document screening, Interview scheduled, Under selection, Hired, Not hired, Withdrawn or Canceled).</translation>
    </message>
    <message>
        <source>「面接予定」には面接の日時を指定してください。</source>
        <translation>For &quot;Interview scheduled&quot;, set the interview date and time.</translation>
    </message>
    <message>
        <source>この応募には面接の予定が登録されていません。</source>
        <translation>No interview is scheduled for this application.</translation>
    </message>
    <message>
        <source>面接日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Set the interview date and time between {earliest} and {latest}.</translation>
    </message>
    <message>
        <source>日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Set a date and time between {earliest} and {latest}.</translation>
    </message>
    <message>
        <source>この面接の日時はカレンダー（.ics）に保存できません。日時をハローワークにご確認ください。</source>
        <translation>This interview time cannot be saved to a calendar (.ics). Please check the date and time with HelloWork.</translation>
    </message>
    <message>
        <source>備考を入力してください。</source>
        <translation>Enter a note.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Notes can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>備考に使用できない制御文字が含まれています。</source>
        <translation>Notes contain control characters that cannot be used.</translation>
    </message>
    <message>
        <source>面接場所を入力してください。</source>
        <translation>Enter the interview location.</translation>
    </message>
    <message>
        <source>面接場所は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>The interview location can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>面接場所に使用できない制御文字が含まれています。</source>
        <translation>The interview location contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>志望動機を入力してください。</source>
        <translation>Enter your reason for applying.</translation>
    </message>
    <message>
        <source>志望動機は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Your reason for applying can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>志望動機に使用できない制御文字が含まれています。</source>
        <translation>Your reason for applying contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>添付できる書類は履歴書と職務経歴書の各1通までです。</source>
        <translation>You can attach one résumé and one work history at most.</translation>
    </message>
    <message>
        <source>この書類は見つかりません。もう一度添付してください。</source>
        <translation>This document was not found. Please attach it again.</translation>
    </message>
    <message>
        <source>{kind}はPDFファイルではないため添付できません。PDF形式で保存したファイルを選んでください。</source>
        <translation>The {kind} is not a PDF file, so it cannot be attached. Choose a file saved as PDF.</translation>
    </message>
    <message>
        <source>{kind}のファイルが大きすぎます（{max_mb}MBまで）。</source>
        <translation>The {kind} file is too large (up to {max_mb} MB).</translation>
    </message>
    <message>
        <source>{kind}のファイルが空です。</source>
        <translation>The {kind} file is empty.</translation>
    </message>
    <message>
        <source>{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。</source>
        <translation>The {kind} PDF contains scripts or embedded files, so it cannot be attached.</translation>
    </message>
    <message>
        <source>書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。</source>
        <translation>Document type &quot;{kind}&quot; cannot be used (résumé or work history only).</translation>
    </message>
    <message>
        <source>書類の送信が途中で途切れました。もう一度添付してください。</source>
        <translation>Sending the document was interrupted. Please attach it again.</translation>
    </message>
    <message>
        <source>メッセージを入力してください。</source>
        <translation>Enter a message.</translation>
    </message>
    <message>
        <source>メッセージは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Messages can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>メッセージに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>The message contains control characters that cannot be used (line breaks are OK).</translation>
    </message>
    <message>
        <source>この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。</source>
        <translation>This job&apos;s employer does not use &quot;Employer My Page&quot;, so you cannot send messages from My Page.</translation>
    </message>
    <message>
        <source>このお知らせは見つかりません。</source>
        <translation>This notice was not found.</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Enter a subject.</translation>
    </message>
    <message>
        <source>件名は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>The subject can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>件名に使用できない制御文字が含まれています。</source>
        <translation>The subject contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>本文を入力してください。</source>
        <translation>Enter the message text.</translation>
    </message>
    <message>
        <source>本文は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>The text can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>本文に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>The text contains control characters that cannot be used (line breaks are OK).</translation>
    </message>
    <message>
        <source>イベントは {{...}} の形式（JSON オブジェクト）で記述してください。</source>
        <translation>Write each event in the form {{...}} (a JSON object).</translation>
    </message>
    <message>
        <source>event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。</source>
        <translation>event_id must be 1–64 half-width letters, numbers, &quot;.&quot;, &quot;_&quot;, &quot;:&quot; or &quot;-&quot;.</translation>
    </message>
    <message>
        <source>同じ event_id のイベントがファイル内で重複しています。</source>
        <translation>The same event_id appears more than once in the file.</translation>
    </message>
    <message>
        <source>type は &quot;status&quot;・&quot;message&quot;・&quot;direct_request&quot; のいずれかを指定してください。</source>
        <translation>Set type to &quot;status&quot;, &quot;message&quot; or &quot;direct_request&quot;.</translation>
    </message>
    <message>
        <source>application には紹介番号か応募番号を文字列で指定してください。</source>
        <translation>For application, give a referral number or application number as a string.</translation>
    </message>
    <message>
        <source>application「{number}」に該当する応募がありません。</source>
        <translation>No application matches application &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>{field} は文字列で指定してください。</source>
        <translation>Give {field} as a string.</translation>
    </message>
    <message>
        <source>{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。</source>
        <translation>{field} &quot;{value}&quot; is not a valid date and time (e.g. 2026-12-01T14:00:00+09:00).</translation>
    </message>
    <message>
        <source>不明な項目「{field}」があります。</source>
        <translation>Unknown field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>希望職種を入力してください。</source>
        <translation>Enter your desired job type.</translation>
    </message>
    <message>
        <source>希望職種は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Desired job type can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>希望職種に使用できない制御文字が含まれています。</source>
        <translation>Desired job type contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>希望勤務地を入力してください。</source>
        <translation>Enter your desired work location.</translation>
    </message>
    <message>
        <source>希望勤務地は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Desired work location can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>希望勤務地に使用できない制御文字が含まれています。</source>
        <translation>Desired work location contains control characters that cannot be used.</translation>
    </message>
    <message>
        <source>経験を入力してください。</source>
        <translation>Enter your experience.</translation>
    </message>
    <message>
        <source>経験は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Experience can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>経験に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Experience contains control characters that cannot be used (line breaks are OK).</translation>
    </message>
    <message>
        <source>資格を入力してください。</source>
        <translation>Enter your qualifications.</translation>
    </message>
    <message>
        <source>資格は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Qualifications can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>資格に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Qualifications contain control characters that cannot be used (line breaks are OK).</translation>
    </message>
    <message>
        <source>自己PRを入力してください。</source>
        <translation>Enter your self-introduction.</translation>
    </message>
    <message>
        <source>自己PRは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Self-introduction can have up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>自己PRに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Self-introduction contains control characters that cannot be used (line breaks are OK).</translation>
    </message>
    <message>
        <source>公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。</source>
        <translation>You cannot include e-mail addresses or phone numbers in what you publish. Your contact details are not published.</translation>
    </message>
    <message>
        <source>この直接リクエストは見つかりません。</source>
        <translation>This direct request was not found.</translation>
    </message>
    <message>
        <source>この直接リクエストには回答済みです。</source>
        <translation>You have already answered this direct request.</translation>
    </message>
    <message>
        <source>回答は「応募」か「辞退」を指定してください。</source>
        <translation>The answer must be &quot;apply&quot; or &quot;decline&quot;.</translation>
    </message>
    <message>
        <source>posting には求人番号を文字列で指定してください。</source>
        <translation>For posting, give a job number as a string.</translation>
    </message>
    <message>
        <source>posting「{number}」に該当する求人がありません。</source>
        <translation>No job matches posting &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。</source>
        <translation>Posting &quot;{number}&quot; is closed or does not accept online applications.</translation>
    </message>
    <message>
        <source>seeker には求職公開番号（K で始まる10文字）を指定してください。</source>
        <translation>For seeker, give a public profile number (10 characters starting with K).</translation>
    </message>
    <message>
        <source>seeker「{number}」の求職情報は公開されていません（公開を取り下げたか、求職登録が無効です）。</source>
        <translation>Seeker &quot;{number}&quot; has no published profile (it was withdrawn or the registration is inactive).</translation>
    </message>
    <message>
        <source>この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。</source>
        <translation>A direct request for this job was already sent to this job seeker (once per job).</translation>
    </message>
    <message>
        <source>この求人の直接リクエストは上限の{max}件に達しています。</source>
        <translation>This job has reached the limit of {max} direct requests.</translation>
    </message>
    <message>
        <source>現在のパスワードを入力してください。</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>現在のパスワードが正しくありません。</source>
        <translation>Your current password is incorrect.</translation>
    </message>
    <message>
        <source>現在のパスワードの入力に続けて失敗したため、{seconds}秒待ってからやり直してください。</source>
        <translation>Too many failed attempts with your current password. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、パスワードを変更できません。ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Too many failed password attempts, so you cannot change your password. Log out and reset it with &quot;Forgot your password?&quot;, or ask at the HelloWork counter (窓口).</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。</source>
        <translation>The new password is the same as your current one. Choose a different password.</translation>
    </message>
    <message>
        <source>ログアウトしました。</source>
        <translation>You have logged out.</translation>
    </message>
    <message>
        <source>別のパソコンで同じIDのログインがあったため、ログアウトしました。心当たりがない場合は、パスワードを変更してください。</source>
        <translation>You were logged out because someone logged in with the same ID on another computer. If this was not you, change your password.</translation>
    </message>
    <message>
        <source>一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>You were logged out because there was no activity for a while. Please log in again.</translation>
    </message>
    <message>
        <source>ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>You were logged out because your login time expired. Please log in again.</translation>
    </message>
    <message>
        <source>パスワードが再設定されたため、ログアウトしました。</source>
        <translation>You were logged out because your password was reset.</translation>
    </message>
    <message>
        <source>パスワードが変更されたため、ログアウトしました。</source>
        <translation>You were logged out because your password was changed.</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）が変更されたため、ログアウトしました。</source>
        <translation>You were logged out because your login ID (e-mail address) was changed.</translation>
    </message>
    <message>
        <source>ハローワークの職員の操作により、ログアウトしました。</source>
        <translation>You were logged out by HelloWork staff.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したため、ログアウトしました。</source>
        <translation>You were logged out after too many failed password attempts.</translation>
    </message>
    <message>
        <source>サービスに接続できない状態が続いたため、安全のためログアウトしました。しばらくしてから、もう一度ログインしてください。</source>
        <translation>You were logged out for safety because the service could not be reached for some time. Please wait a while and log in again.</translation>
    </message>
    <message>
        <source>前回の利用が正しく終了していなかったため、ログアウトしました。</source>
        <translation>You were logged out because your last session did not end properly.</translation>
    </message>
    <message>
        <source>ログアウトしました。もう一度ログインしてください。</source>
        <translation>You have logged out. Please log in again.</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが正しくありません。</source>
        <translation>The staff ID or password is incorrect.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。管理者にパスワードの再発行を依頼してください。</source>
        <translation>Too many failed password attempts. This staff ID cannot be used. Ask an administrator to reissue your password.</translation>
    </message>
    <message>
        <source>パスワードが正しくありません。</source>
        <translation>The password is incorrect.</translation>
    </message>
    <message>
        <source>この操作の前に、パスワードをもう一度入力してください。</source>
        <translation>Enter your password again before this action.</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。先にパスワードを変更してください。</source>
        <translation>You are still using your first-time password. Change your password first.</translation>
    </message>
    <message>
        <source>この操作は管理者のみが行えます。</source>
        <translation>Only administrators can do this.</translation>
    </message>
    <message>
        <source>確認した本人確認書類を選んでください。</source>
        <translation>Select the ID document you checked.</translation>
    </message>
    <message>
        <source>この職員IDのアカウントはありません。</source>
        <translation>There is no account with this staff ID.</translation>
    </message>
    <message>
        <source>求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。</source>
        <translation>Enter a job seeker number, furigana and date of birth, or an e-mail address.</translation>
    </message>
    <message>
        <source>この求職者にはログインID（メールアドレス）が登録されていません。</source>
        <translation>This job seeker has no login ID (e-mail address).</translation>
    </message>
    <message>
        <source>現在と同じメールアドレスです。</source>
        <translation>This is the same as the current e-mail address.</translation>
    </message>
    <message>
        <source>期間の指定が正しくありません（開始が終了より後になっています）。</source>
        <translation>The date range is not valid (the start is after the end).</translation>
    </message>
    <message>
        <source>登録コードを入力してください（新しいパソコンの画面に表示されています）。</source>
        <translation>Enter the registration code (shown on the new computer&apos;s screen).</translation>
    </message>
    <message>
        <source>登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。</source>
        <translation>Enter the 8-letter registration code shown on the new computer&apos;s screen (e.g. BCDF-GHJK; A, E, I, O, U, Y and numbers are not used).</translation>
    </message>
    <message>
        <source>登録コードが正しくないか、有効期限が切れているか、既に使われています。新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。</source>
        <translation>The registration code is wrong, expired or already used. Check the code on the new computer&apos;s screen. If it has expired, register again on that computer.</translation>
    </message>
    <message>
        <source>登録コードの誤りが続いたため、しばらく承認できません。15分ほど待ってからやり直してください。</source>
        <translation>Too many wrong registration codes. Approval is paused. Wait about 15 minutes and try again.</translation>
    </message>
    <message>
        <source>この端末は見つかりません。一覧を更新してください。</source>
        <translation>This device was not found. Refresh the list.</translation>
    </message>
    <message>
        <source>このパソコンは事務所のサーバーに接続していないため、端末を承認できません。事務所のサーバーに接続した職員コンソールで承認してください。</source>
        <translation>This computer is not connected to the office server, so it cannot approve devices. Approve on a staff console connected to the office server.</translation>
    </message>
    <message>
        <source>端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）のいずれかを指定してください。</source>
        <translation>Set the device type to kiosk (public device), counter (counter device) or staff (staff device).</translation>
    </message>
    <message>
        <source>端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。</source>
        <translation>The device name must be 1–60 characters, without line breaks or control characters.</translation>
    </message>
    <message>
        <source>端末の証明書要求が正しくありません。登録をはじめからやり直してください。</source>
        <translation>The device&apos;s certificate request is not valid. Start the registration again from the beginning.</translation>
    </message>
    <message>
        <source>承認待ちの端末登録が多すぎるため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Too many device registrations are waiting for approval. Please try again later.</translation>
    </message>
    <message>
        <source>この端末（利用者用端末）からは職員コンソールを使えません。窓口端末か職員端末を使ってください。</source>
        <translation>The staff console cannot be used from this device (public device). Use a counter device or a staff device.</translation>
    </message>
    <message>
        <source>中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。</source>
        <translation>Junior high and high school students cannot pre-register online. Please talk to your school (career guidance teacher) or visit the HelloWork new-graduate counter (窓口).</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Enter up to {max} characters (now {length}).</translation>
    </message>
    <message>
        <source>{max}行まで入力できます。</source>
        <translation>You can enter up to {max} lines.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように半角で入力してください。</source>
        <translation>Enter the year and month in half-width digits, like &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>1900年から現在までの年月を入力してください。</source>
        <translation>Enter a year and month from 1900 to now.</translation>
    </message>
    <message>
        <source>終わりの年月が始めの年月より前になっています。</source>
        <translation>The end month is before the start month.</translation>
    </message>
    <message>
        <source>一覧から選んでください。</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の半角数字で入力してください（例: 990-0000）。</source>
        <translation>Enter the postal code as 7 half-width digits (e.g. 990-0000).</translation>
    </message>
    <message>
        <source>仮登録番号は10桁の数字で入力してください（例: 12345-67890）。</source>
        <translation>Enter the pre-registration number as 10 digits (e.g. 12345-67890).</translation>
    </message>
    <message>
        <source>仮登録番号、またはフリガナと生年月日を入力してください。</source>
        <translation>Enter the pre-registration number, or furigana and date of birth.</translation>
    </message>
    <message>
        <source>この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。</source>
        <translation>This pre-registration was not found. It may have been deleted after it expired.</translation>
    </message>
    <message>
        <source>この仮登録は既に本登録済みです。</source>
        <translation>This pre-registration is already fully registered (本登録).</translation>
    </message>
    <message>
        <source>このパソコンからの申込みが集中しているため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Too many requests from this computer. Please try again later.</translation>
    </message>
    <message>
        <source>一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。</source>
        <translation>Your saved entries expired and were deleted. Please start again from the beginning.</translation>
    </message>
    <message>
        <source>登録内容と同じです。変更する項目を入力してください。</source>
        <translation>Nothing has changed. Enter the items you want to change.</translation>
    </message>
    <message>
        <source>「求職情報提供」の説明が更新されました。表示された説明を確認してから、もう一度同意してください。</source>
        <translation>The &quot;Information sharing (求職情報提供)&quot; explanation was updated. Read the explanation shown, then agree again.</translation>
    </message>
    <message>
        <source>求職状態が「無効」のため、求職情報提供に同意することはできません。「有効」に戻してから、もう一度お試しください。</source>
        <translation>Your job seeker status is &quot;Inactive&quot;, so you cannot agree to information sharing. Set it to &quot;Active&quot; and try again.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number Card</translation>
    </message>
    <message>
        <source>在留カード</source>
        <translation>Residence card</translation>
    </message>
    <message>
        <source>健康保険証</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>ご本人による変更</source>
        <translation>Changed by the job seeker</translation>
    </message>
    <message>
        <source>有効期限の経過</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>ハローワーク 求職者マイページ</source>
        <translation>HelloWork Job Seeker My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>デモモード（デモ用データとデモ用メールボックス）</source>
        <translation>Demo mode (demo data and demo mailbox)</translation>
    </message>
    <message>
        <source>ハローワーク内の共用パソコン向けの動作</source>
        <translation>Mode for shared PCs at HelloWork</translation>
    </message>
    <message>
        <source>職員用の窓口コンソールを開く</source>
        <translation>Open the staff counter console</translation>
    </message>
    <message>
        <source>全画面をPNGに書き出して終了</source>
        <translation>Export all screens as PNG and quit</translation>
    </message>
    <message>
        <source>--render-screens: 言語（ja,en,… または all）</source>
        <translation>--render-screens: languages (ja,en,… or all)</translation>
    </message>
    <message>
        <source>--render-screens: 表示（100,200,high_contrast）</source>
        <translation>--render-screens: looks (100,200,high_contrast)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了</source>
        <translation>Show the version and quit</translation>
    </message>
    <message>
        <source>応募日</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>応募番号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>応募経路</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>事業所名</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>職種</source>
        <translation>Job type</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状況の更新日</source>
        <translation>Status updated</translation>
    </message>
    <message>
        <source>次の面接</source>
        <translation>Next interview</translation>
    </message>
    <message>
        <source>未読メッセージ</source>
        <translation>Unread messages</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を利用していないため、メッセージはありません。</source>
        <translation>This employer does not use &quot;Employer My Page&quot;, so there are no messages.</translation>
    </message>
    <message>
        <source>{count}件</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <source>応募履歴</source>
        <translation>Application history</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>状況(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と応募した求人票が下に表示されます。</source>
        <translation>The status of your applications through referrals and online applications (オンライン自主応募). Select a row to see its status history and the job listing (求人票) below.</translation>
    </message>
    <message>
        <source>読み込んでいます…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」から応募した求人が、ここに表示されます。</source>
        <translation>You have no applications yet. Jobs you were referred to at HelloWork, or applied to with &quot;Apply&quot; on a job listing, will appear here.</translation>
    </message>
    <message>
        <source>状況が「{status}」の応募はありません。</source>
        <translation>You have no applications with the status &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>応募番号 {number}（{company}）を辞退しました。</source>
        <translation>You withdrew application no. {number} ({company}).</translation>
    </message>
    <message>
        <source>求人番号</source>
        <translation>Job number (求人番号)</translation>
    </message>
    <message>
        <source>現在の状況</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>辞退する</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>面接予定をカレンダーに保存（.ics）</source>
        <translation>Save interview to calendar (.ics)</translation>
    </message>
    <message>
        <source>メッセージを見る</source>
        <translation>View messages</translation>
    </message>
    <message>
        <source>求人票を見る</source>
        <translation>View job listing</translation>
    </message>
    <message>
        <source>状況の履歴</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>応募した求人票（応募した時点の内容）</source>
        <translation>Job listing applied to (as of application)</translation>
    </message>
    <message>
        <source>応募の内容</source>
        <translation>Application details</translation>
    </message>
    <message>
        <source>{company}&#x3000;{occupation}</source>
        <translation>{company}&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>{source}（紹介番号 {number}）</source>
        <translation>{source} (referral no. {number})</translation>
    </message>
    <message>
        <source>「{status}」の応募は辞退できません。</source>
        <translation>Applications with status &quot;{status}&quot; cannot be withdrawn.</translation>
    </message>
    <message>
        <source>メッセージを見る（未読 {count}件）</source>
        <translation>View messages ({count} unread)</translation>
    </message>
    <message>
        <source>応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。</source>
        <translation>Select an application to see its status history and the job listing here.</translation>
    </message>
    <message>
        <source>&#x3000;場所：{place}</source>
        <translation>&#x3000;Place: {place}</translation>
    </message>
    <message>
        <source>予定はありません（これまでの面接は「状況の履歴」をご覧ください）</source>
        <translation>Nothing scheduled (see &quot;Status history&quot; for past interviews)</translation>
    </message>
    <message>
        <source>予定はありません</source>
        <translation>Nothing scheduled</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>面接日時</source>
        <translation>Interview date/time</translation>
    </message>
    <message>
        <source>面接場所</source>
        <translation>Interview location</translation>
    </message>
    <message>
        <source>備考・連絡事項</source>
        <translation>Notes and messages</translation>
    </message>
    <message>
        <source>iCalendar ファイル (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、もう一度お試しください。（{reason}）</source>
        <translation>The file could not be saved. Check the destination folder and free space, and try again. ({reason})</translation>
    </message>
    <message>
        <source>面接の予定を保存しました：{path}
カレンダーのアプリでこのファイルを開くと、予定に追加できます。ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。</source>
        <translation>The interview was saved: {path}
Open this file in your calendar app to add it to your schedule. On a shared computer, such as at HelloWork, delete the file after importing it.</translation>
    </message>
    <message>
        <source>面接_{number}.ics</source>
        <translation>interview_{number}.ics</translation>
    </message>
    <message>
        <source>面接予定の保存（.ics）</source>
        <translation>Save interview (.ics)</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。</source>
        <translation>This cannot be processed right now. Please try again later.</translation>
    </message>
    <message>
        <source>次の応募を辞退します。

事業所名：{company}
職種：{occupation}
応募番号：{number}</source>
        <translation>You are withdrawing this application.

Employer: {company}
Job type: {occupation}
Application no.: {number}</translation>
    </message>
    <message>
        <source>辞退すると、元に戻すことはできません。同じ求人にもう一度応募することもできません。</source>
        <translation>Once withdrawn, this cannot be undone. You also cannot apply to the same job again.</translation>
    </message>
    <message>
        <source>事業所への連絡事項（任意・{max}文字以内）</source>
        <translation>Message to the employer (optional, up to {max} characters)</translation>
    </message>
    <message>
        <source>例：他社への就職が決まったため</source>
        <translation>e.g. I have accepted a job at another company</translation>
    </message>
    <message>
        <source>事業所への連絡事項</source>
        <translation>Message to the employer</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>送信しています…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>事業所名：{company}
職種：{occupation}
求人番号：{number}</source>
        <translation>Employer: {company}
Job type: {occupation}
Job number: {number}</translation>
    </message>
    <message>
        <source>志望動機（必須・{max}文字以内）</source>
        <translation>Reason for applying (required, up to {max} characters)</translation>
    </message>
    <message>
        <source>志望動機</source>
        <translation>Reason for applying</translation>
    </message>
    <message>
        <source>この求人に応募する理由、活かせる経験などを書いてください。</source>
        <translation>Write why you are applying for this job and what experience you can use.</translation>
    </message>
    <message>
        <source>応募書類（PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Application documents (PDF, up to {mb} MB per file)</translation>
    </message>
    <message>
        <source>応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。</source>
        <translation>When you apply, your reason for applying, attached documents and the job seeker information registered at HelloWork (name, contact details, preferences, etc.) are sent to this employer.</translation>
    </message>
    <message>
        <source>応募する</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>この求人に応募します</source>
        <translation>Apply to this job</translation>
    </message>
    <message>
        <source>{length} / {max}文字</source>
        <translation>{length} / {max} characters</translation>
    </message>
    <message>
        <source>応募しています…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>添付なし</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <source>次の求人に、オンラインで応募します。

事業所名：{company}
職種：{occupation}
求人番号：{number}

志望動機：{length}文字
{attachments}

応募すると、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）もこの事業所に伝わります。
応募してよろしいですか。</source>
        <translation>You are applying online to this job.

Employer: {company}
Job type: {occupation}
Job number: {number}

Reason for applying: {length} characters
{attachments}

Your job seeker information registered at HelloWork (name, contact details, preferences, etc.) will also be sent to this employer.
Do you want to apply?</translation>
    </message>
    <message>
        <source>オンライン自主応募の確認</source>
        <translation>Confirm online application (オンライン自主応募)</translation>
    </message>
    <message>
        <source>応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。</source>
        <translation>Already applied. You have already applied to this job. You can check its status in &quot;Application history&quot;.</translation>
    </message>
    <message>
        <source>応募履歴で見る</source>
        <translation>View in history</translation>
    </message>
    <message>
        <source>応募しました。応募番号：{number}</source>
        <translation>Application sent. Application no.: {number}</translation>
    </message>
    <message>
        <source>添付した書類：{documents}</source>
        <translation>Attached documents: {documents}</translation>
    </message>
    <message>
        <source>書類は添付していません。</source>
        <translation>No documents attached.</translation>
    </message>
    <message>
        <source>事業所からの連絡は「メッセージ」に届きます。</source>
        <translation>Messages from the employer will arrive in &quot;Messages&quot;.</translation>
    </message>
    <message>
        <source>オンラインで応募できるか確認しています…</source>
        <translation>Checking whether you can apply online…</translation>
    </message>
    <message>
        <source>この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。</source>
        <translation>You can apply to this job online from My Page (オンライン自主応募).</translation>
    </message>
    <message>
        <source>市区町村を指定しない</source>
        <translation>Any city</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>都道府県を選択</source>
        <translation>Select a prefecture</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>City/town</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>指定した就業場所</source>
        <translation>Selected work locations</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>選択した就業場所を削除</source>
        <translation>Delete the selected work location</translation>
    </message>
    <message>
        <source>（全域）</source>
        <translation>(entire area)</translation>
    </message>
    <message>
        <source>就業場所は{max}か所まで指定できます。</source>
        <translation>You can set up to {max} work locations.</translation>
    </message>
    <message>
        <source>例: 介護 山形（スペースで区切ると「かつ」で検索）</source>
        <translation>e.g. care Yamagata (words separated by spaces must all match)</translation>
    </message>
    <message>
        <source>例: 06010-12345678</source>
        <translation>e.g. 06010-12345678</translation>
    </message>
    <message>
        <source>例: 0601-234567-2</source>
        <translation>e.g. 0601-234567-2</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>例: 180000</source>
        <translation>e.g. 180000</translation>
    </message>
    <message>
        <source>賃金の単位</source>
        <translation>Wage unit</translation>
    </message>
    <message>
        <source>賃金（下限）</source>
        <translation>Wage (minimum)</translation>
    </message>
    <message>
        <source>円以上</source>
        <translation>yen or more</translation>
    </message>
    <message>
        <source>指定なし</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>{n}日以内</source>
        <translation>Within {n} days</translation>
    </message>
    <message>
        <source>オンライン自主応募可の求人のみ</source>
        <translation>Only jobs accepting online applications</translation>
    </message>
    <message>
        <source>検索する</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>フリーワード</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>求人区分</source>
        <translation>Job category</translation>
    </message>
    <message>
        <source>雇用形態</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <source>就業場所</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>事業所番号</source>
        <translation>Employer number (事業所番号)</translation>
    </message>
    <message>
        <source>職業分類</source>
        <translation>Occupation category</translation>
    </message>
    <message>
        <source>受付日</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>← 一覧に戻る</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <source>求人票</source>
        <translation>Job listing (求人票)</translation>
    </message>
    <message>
        <source>【{closed}】この求人の募集は終了しました。</source>
        <translation>[{closed}] This job is no longer open.</translation>
    </message>
    <message>
        <source>キープする</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>求人番号をコピー</source>
        <translation>Copy job number</translation>
    </message>
    <message>
        <source>この事業所の求人をすべて見る</source>
        <translation>All jobs from this employer</translation>
    </message>
    <message>
        <source>この求人票の事業所番号で求人を検索します</source>
        <translation>Search jobs by this listing&apos;s employer number</translation>
    </message>
    <message>
        <source>求人票を読み込んでいます…</source>
        <translation>Loading the job listing…</translation>
    </message>
    <message>
        <source>求人票&#x3000;{occupation}</source>
        <translation>Job listing (求人票)&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>キープを外す</source>
        <translation>Remove from kept</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>賃金</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>キープした日時</source>
        <translation>Kept on</translation>
    </message>
    <message>
        <source>募集中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>キープした求人</source>
        <translation>Kept jobs</translation>
    </message>
    <message>
        <source>詳細を見る</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>キープした求人はありません。求人票の「キープする」を押すと、ここに表示されます。</source>
        <translation>You have no kept jobs. Press &quot;Keep&quot; on a job listing to add it here.</translation>
    </message>
    <message>
        <source>募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。</source>
        <translation>Closed jobs stay here, marked &quot;Closed&quot;, until you remove them.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>この求人は表示できません</source>
        <translation>This job cannot be shown</translation>
    </message>
    <message>
        <source>読み込めませんでした</source>
        <translation>Could not load</translation>
    </message>
    <message>
        <source>オンライン応募</source>
        <translation>Apply online</translation>
    </message>
    <message>
        <source>キープ</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>1行に1件。例：2004/04 株式会社さくら 入社</source>
        <translation>One item per line. e.g. 2004/04 Joined Sakura Co., Ltd.</translation>
    </message>
    <message>
        <source>1行に1件。例：2010/06 普通自動車第一種運転免許 取得</source>
        <translation>One item per line. e.g. 2010/06 Obtained regular driver&apos;s license (Class 1)</translation>
    </message>
    <message>
        <source>学歴</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>職歴</source>
        <translation>Work history</translation>
    </message>
    <message>
        <source>{kind}を作成</source>
        <translation>Create {kind}</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日（例 1985-04-12）</source>
        <translation>Date of birth (e.g. 1985-04-12)</translation>
    </message>
    <message>
        <source>現住所</source>
        <translation>Current address</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>学歴・職歴</source>
        <translation>Education and work history</translation>
    </message>
    <message>
        <source>免許・資格</source>
        <translation>Licenses and qualifications</translation>
    </message>
    <message>
        <source>志望の動機・自己PR</source>
        <translation>Reason for applying and self-introduction</translation>
    </message>
    <message>
        <source>本人希望記入欄</source>
        <translation>Personal requests</translation>
    </message>
    <message>
        <source>職務要約</source>
        <translation>Career summary</translation>
    </message>
    <message>
        <source>職務経歴</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <source>活かせる経験・知識・技術</source>
        <translation>Experience, knowledge and skills</translation>
    </message>
    <message>
        <source>自己PR</source>
        <translation>Self-introduction</translation>
    </message>
    <message>
        <source>入力欄</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>印刷する…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDFで保存…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>この応募に添付する</source>
        <translation>Attach to this application</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。JIS規格の様式に沿った A4 の書類になります。</source>
        <translation>Your registered job seeker information is filled in. Check it and add anything missing. This makes an A4 document in the JIS standard format.</translation>
    </message>
    <message>
        <source>PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、もう一度お試しください。</source>
        <translation>The PDF could not be made. Install the Japanese font IPAexGothic (IPAexゴシック) and try again.</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>求職者情報を読み込めませんでした。手で入力してください。</source>
        <translation>Your job seeker information could not be loaded. Please enter it by hand.</translation>
    </message>
    <message>
        <source>PDFを保存しました：{path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>{kind}をPDFで保存</source>
        <translation>Save {kind} as PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。</source>
        <translation>No printer is set up on this computer. Use &quot;Save as PDF…&quot; instead.</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>この条件を保存</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>保存する検索条件の名前（40文字以内）</source>
        <translation>Name for this saved search (up to 40 characters)</translation>
    </message>
    <message>
        <source>検索条件に誤りがあります。検索画面の表示を確認してください。</source>
        <translation>There is an error in the search conditions. Check the search screen.</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Search conditions</translation>
    </message>
    <message>
        <source>新着</source>
        <translation>New</translation>
    </message>
    <message>
        <source>前回の検索</source>
        <translation>Last searched</translation>
    </message>
    <message>
        <source>新着 {n} 件</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>保存した検索条件</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>この条件で検索</source>
        <translation>Search with this</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。求人情報検索の画面で「この条件を保存」を押すと、ここに表示されます。</source>
        <translation>You have no saved searches. Press &quot;Save this search&quot; on the job search screen to add one here.</translation>
    </message>
    <message>
        <source>「新着」は、前回その条件で検索したあとに掲載された求人の件数です。</source>
        <translation>&quot;New&quot; is the number of jobs posted since you last searched with those conditions.</translation>
    </message>
    <message>
        <source>新しい名前（40文字以内）</source>
        <translation>New name (up to 40 characters)</translation>
    </message>
    <message>
        <source>変更する</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>保存した検索条件「{name}」を削除しますか？</source>
        <translation>Delete the saved search &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>検索条件の削除</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>新着順</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>賃金の高い順</source>
        <translation>Highest wage first</translation>
    </message>
    <message>
        <source>求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。</source>
        <translation>Your job seeker status is inactive, so you cannot use job search. To restart your job search, set your status back to &quot;Active&quot; in &quot;Job seeker info and settings&quot;. Your search conditions will be kept.</translation>
    </message>
    <message>
        <source>検索結果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>並び順</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>求人情報検索</source>
        <translation>Job search</translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>件数を確認しています…</source>
        <translation>Counting results…</translation>
    </message>
    <message>
        <source>一覧を準備しています…</source>
        <translation>Preparing the list…</translation>
    </message>
    <message>
        <source>{count}（件数を確認しています）</source>
        <translation>{count} (counting)</translation>
    </message>
    <message>
        <source>検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。</source>
        <translation>Search &quot;{name}&quot; saved. You can open it from &quot;Saved searches&quot;.</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>募集終了</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>該当 {n}件以上</source>
        <translation>{n}+ results</translation>
    </message>
    <message>
        <source>該当 {n} 件（一覧は先頭の {m} 件）</source>
        <translation>{n} results (first {m} shown)</translation>
    </message>
    <message>
        <source>該当 {n} 件</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <source>該当 約{n}件</source>
        <translation>About {n} results</translation>
    </message>
    <message>
        <source>可</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>不可</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n}秒後に再度お試しください。</source>
        <translation>Please try again in {n} seconds.</translation>
    </message>
    <message>
        <source>ただいまサービスに接続できません。しばらくしてから再度お試しください。</source>
        <translation>The service cannot be reached right now. Please try again later.</translation>
    </message>
    <message>
        <source>ハローワークをご利用中の方のマイページ開設</source>
        <translation>Open My Page (for people using HelloWork)</translation>
    </message>
    <message>
        <source>※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。</source>
        <translation>* If you do this on a HelloWork computer, an e-mail will be sent to your registered address. Have your own smartphone or similar ready to receive and check it there.</translation>
    </message>
    <message>
        <source>セッションの有効期限が切れました。もう一度ログインしてください。</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>求職者マイページ ログイン</source>
        <translation>Job Seeker My Page login</translation>
    </message>
    <message>
        <source>ID（メールアドレス）</source>
        <translation>ID (e-mail address)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>パスワードを忘れた方</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>求職申込み（仮登録）</source>
        <translation>Pre-registration (仮登録)</translation>
    </message>
    <message>
        <source>デモ用メールボックス</source>
        <translation>Demo mailbox</translation>
    </message>
    <message>
        <source>はじめての方は、上のボタンからマイページを開設してください。
（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）</source>
        <translation>First time? Open your My Page with the button above.
(For people who registered as a job seeker and an e-mail address at the HelloWork counter)</translation>
    </message>
    <message>
        <source>ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。</source>
        <translation>If you have not registered at HelloWork yet, you can pre-register (仮登録) here before your visit.</translation>
    </message>
    <message>
        <source>中止してログアウト</source>
        <translation>Cancel and log out</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。</source>
        <translation>You are still using your first-time password. To continue, change it to a password of your own.</translation>
    </message>
    <message>
        <source>現在のパスワードと、新しいパスワードを入力してください。</source>
        <translation>Enter your current password and a new password.</translation>
    </message>
    <message>
        <source>パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。</source>
        <translation>Passwords are 8–32 characters, with at least one half-width letter, number and symbol.</translation>
    </message>
    <message>
        <source>現在のパスワード</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新しいパスワード</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）</source>
        <translation>New password (confirm)</translation>
    </message>
    <message>
        <source>現在のパスワード（初回用パスワード）</source>
        <translation>Current password (first-time password)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認のため、もう一度）</source>
        <translation>New password (enter again to confirm)</translation>
    </message>
    <message>
        <source>職員ログイン（窓口用）</source>
        <translation>Staff login (counter)</translation>
    </message>
    <message>
        <source>職員の画面のロック解除</source>
        <translation>Unlock staff screen</translation>
    </message>
    <message>
        <source>ハローワーク職員用の画面です。職員IDとパスワードを入力してください。
求職者の方のID（メールアドレス）ではログインできません。</source>
        <translation>This screen is for HelloWork staff. Enter your staff ID and password.
Job seeker IDs (e-mail addresses) cannot be used here.</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>職員の画面はロックされています。{name} さんのパスワードを入力してください。</source>
        <translation>The staff screen is locked. Enter the password for {name}.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>パスワードの変更（初回ログイン）</source>
        <translation>Change password (first login)</translation>
    </message>
    <message>
        <source>職員IDを入力してください。</source>
        <translation>Enter your staff ID.</translation>
    </message>
    <message>
        <source>続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。</source>
        <translation>Too many failed attempts. Please try again in {time}.</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。</source>
        <translation>This cannot be processed right now. Please try again later. Your entries are kept.</translation>
    </message>
    <message>
        <source>{m}分{s:02d}秒</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{s}秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>事業所へのメッセージを入力してください（改行できます）</source>
        <translation>Enter a message to the employer (line breaks allowed)</translation>
    </message>
    <message>
        <source>送信するメッセージ</source>
        <translation>Message to send</translation>
    </message>
    <message>
        <source>送信する</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>{length} / {max}文字（{over}文字多すぎます）</source>
        <translation>{length} / {max} characters ({over} too many)</translation>
    </message>
    <message>
        <source>送信中…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。</source>
        <translation>This cannot be processed right now. Your entries are kept. Please try again later.</translation>
    </message>
    <message>
        <source>直接リクエストに応募する</source>
        <translation>Apply to direct request</translation>
    </message>
    <message>
        <source>求人「{label}」にオンラインで応募します。志望動機を入力してください（1000文字以内）。</source>
        <translation>You are applying online to &quot;{label}&quot;. Enter your reason for applying (up to 1000 characters).</translation>
    </message>
    <message>
        <source>応募書類（任意、PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Application documents (optional, PDF, up to {mb} MB per file)</translation>
    </message>
    <message>
        <source>回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。</source>
        <translation>Answered: Applied ({at}, application no. {number}). You can check the status in application history.</translation>
    </message>
    <message>
        <source>回答済み: 辞退しました（{at}）。</source>
        <translation>Answered: Declined ({at}).</translation>
    </message>
    <message>
        <source>この求人の募集は終了したため、応募できません。</source>
        <translation>This job is no longer open, so you cannot apply.</translation>
    </message>
    <message>
        <source>事業所から応募のリクエストが届いています。求人票を確認して、お答えください。</source>
        <translation>An employer has asked you to apply. Check the job listing and reply.</translation>
    </message>
    <message>
        <source>この求人への直接リクエストを辞退しますか。
辞退すると、このリクエストから応募することはできません。</source>
        <translation>Decline the direct request for this job?
If you decline, you cannot apply through this request.</translation>
    </message>
    <message>
        <source>直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。</source>
        <translation>The direct request cannot be loaded. Please wait a while and open the notice again.</translation>
    </message>
    <message>
        <source>※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。</source>
        <translation>* Messages are only possible if the employer has opened &quot;Employer My Page&quot;.</translation>
    </message>
    <message>
        <source>左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。</source>
        <translation>Select an application on the left to see messages with that employer.</translation>
    </message>
    <message>
        <source>応募先の一覧</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>応募した求人はまだありません。ハローワークで紹介を受けるか、オンライン自主応募をすると、ここに表示されます。</source>
        <translation>You have no applications yet. Jobs you are referred to at HelloWork or apply to online will appear here.</translation>
    </message>
    <message>
        <source>メッセージ</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>応募した求人の担当者とメッセージをやりとりできます。</source>
        <translation>You can exchange messages with the contact person for jobs you applied to.</translation>
    </message>
    <message>
        <source>メッセージを送信しました。</source>
        <translation>Your message was sent.</translation>
    </message>
    <message>
        <source>{occupation}&#x3000;応募番号 {number}</source>
        <translation>{occupation}&#x3000;Application no. {number}</translation>
    </message>
    <message>
        <source>おすすめ求人</source>
        <translation>Recommended jobs</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>送信元</source>
        <translation>From</translation>
    </message>
    <message>
        <source>既読</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>未読</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>お知らせの本文</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>この求人の募集は終了しました</source>
        <translation>This job is no longer open</translation>
    </message>
    <message>
        <source>{kind}&#x3000;送信元: {sender}&#x3000;{at}</source>
        <translation>{kind}&#x3000;From: {sender}&#x3000;{at}</translation>
    </message>
    <message>
        <source>直接リクエストの求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Direct request job: {label}&#x3000;Job number {number}</translation>
    </message>
    <message>
        <source>おすすめ求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Recommended job: {label}&#x3000;Job number {number}</translation>
    </message>
    <message>
        <source>お知らせを選ぶと、ここに内容が表示されます。</source>
        <translation>Select a notice to see it here.</translation>
    </message>
    <message>
        <source>お知らせの一覧</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>さらに読み込む</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。</source>
        <translation>Notices from HelloWork and recommended jobs that match your preferences arrive here.</translation>
    </message>
    <message>
        <source>お知らせはありません。</source>
        <translation>You have no notices.</translation>
    </message>
    <message>
        <source>{count}件を表示中（未読 {unread}件）</source>
        <translation>Showing {count} ({unread} unread)</translation>
    </message>
    <message>
        <source>&#x3000;一覧の最後までスクロールすると、古いお知らせを読み込みます。</source>
        <translation>&#x3000;Scroll to the end of the list to load older notices.</translation>
    </message>
    <message>
        <source>やりとり</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。</source>
        <translation>This employer has not opened &quot;Employer My Page&quot;, so messages cannot be exchanged.</translation>
    </message>
    <message>
        <source>メッセージのやりとり</source>
        <translation>Message exchange</translation>
    </message>
    <message>
        <source>まだメッセージはありません。</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。</source>
        <translation>A &quot;Notice of change to your registration&quot; will be sent to your registered e-mail address (the new details are not included).</translation>
    </message>
    <message>
        <source>処理しています。しばらくお待ちください…</source>
        <translation>Processing. Please wait…</translation>
    </message>
    <message>
        <source>この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。</source>
        <translation>No address found for this postal code. Check the postal code or enter the address.</translation>
    </message>
    <message>
        <source>連絡先の変更</source>
        <translation>Change contact details</translation>
    </message>
    <message>
        <source>引っ越しや電話番号の変更があったときは、ここで変更できます。郵便番号・住所・電話番号をすべて入力してください。</source>
        <translation>If you move or change your phone number, you can update it here. Fill in the postal code, address and phone number.</translation>
    </message>
    <message>
        <source>連絡先を変更する</source>
        <translation>Change contact details</translation>
    </message>
    <message>
        <source>住所を検索</source>
        <translation>Find address</translation>
    </message>
    <message>
        <source>住所の候補</source>
        <translation>Address suggestions</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります</source>
        <translation>Enter 7 digits and press &quot;Find address&quot; to fill in the first part of the address</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください（{max}文字以内）</source>
        <translation>Enter the street number, building name and room number (up to {max} characters)</translation>
    </message>
    <message>
        <source>半角数字とハイフン&#x3000;例: 023-600-1234</source>
        <translation>Half-width digits and hyphens, e.g. 023-600-1234</translation>
    </message>
    <message>
        <source>連絡先を変更しました。</source>
        <translation>Your contact details were changed.</translation>
    </message>
    <message>
        <source>住所は入力済みのため変更していません: {address}</source>
        <translation>The address was already entered, so it was not changed: {address}</translation>
    </message>
    <message>
        <source>{date}（あと{days}日）</source>
        <translation>{date} ({days} days left)</translation>
    </message>
    <message>
        <source>求職状態：{status}&#x3000;&#x3000;有効期限：{until}
求職番号：{number}</source>
        <translation>Job seeker status: {status}&#x3000;&#x3000;Valid until: {until}
Job seeker number: {number}</translation>
    </message>
    <message>
        <source>{when}&#x3000;{company}（{occupation}）</source>
        <translation>{when}&#x3000;{company} ({occupation})</translation>
    </message>
    <message>
        <source>場所：{place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>{company}の面接の応募履歴を見る</source>
        <translation>View application history for the interview at {company}</translation>
    </message>
    <message>
        <source>文字の大きさ・表示</source>
        <translation>Text size and display</translation>
    </message>
    <message>
        <source>文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。すぐにすべての画面に反映されます。</source>
        <translation>You can make text larger or switch to easy-to-read colors (high contrast). Changes apply to all screens at once.</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。</source>
        <translation>On HelloWork computers, the display returns to normal when you log out.</translation>
    </message>
    <message>
        <source>未読のメッセージ</source>
        <translation>Unread messages</translation>
    </message>
    <message>
        <source>応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。</source>
        <translation>Read messages from employers you applied to under &quot;Messages&quot; in the menu on the left.</translation>
    </message>
    <message>
        <source>未読のお知らせ</source>
        <translation>Unread notices</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。</source>
        <translation>Read notices and recommended jobs from HelloWork under &quot;Notices&quot; in the menu on the left.</translation>
    </message>
    <message>
        <source>面接の予定</source>
        <translation>Upcoming interviews</translation>
    </message>
    <message>
        <source>予定されている面接はありません。</source>
        <translation>No interviews are scheduled.</translation>
    </message>
    <message>
        <source>保存した検索条件の新着求人</source>
        <translation>New jobs for your saved searches</translation>
    </message>
    <message>
        <source>「求職者マイページ」でできること</source>
        <translation>What you can do in My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>・</source>
        <translation>•</translation>
    </message>
    <message>
        <source>{name} さん、ようこそ。</source>
        <translation>Welcome, {name}.</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、新着求人の件数は表示されません。</source>
        <translation>While your job seeker status is &quot;Inactive&quot;, the number of new jobs is not shown.</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。「求人情報検索」で条件を保存すると、その条件に合う新着求人の件数がここに表示されます。</source>
        <translation>You have no saved searches. Save conditions in &quot;Job search&quot; to see the number of new matching jobs here.</translation>
    </message>
    <message>
        <source>・{name}&#x3000;新着 {n}件</source>
        <translation>• {name}&#x3000;{n} new</translation>
    </message>
    <message>
        <source>左のメニューの「保存した検索条件」から、その条件で検索できます。</source>
        <translation>You can search with those conditions from &quot;Saved searches&quot; in the menu on the left.</translation>
    </message>
    <message>
        <source>現在の設定：提供する（{date}に同意）</source>
        <translation>Current setting: Share (agreed on {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（{date}に同意を取り消しました）</source>
        <translation>Current setting: Do not share (consent withdrawn on {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（同意していません）</source>
        <translation>Current setting: Do not share (not agreed)</translation>
    </message>
    <message>
        <source>求職情報提供に同意する</source>
        <translation>Agree to information sharing</translation>
    </message>
    <message>
        <source>同意を取り消す（提供しない）</source>
        <translation>Withdraw consent (do not share)</translation>
    </message>
    <message>
        <source>求職情報提供への同意を取り消しますか？
取り消した後は、あなたの求職情報を新たに提供しません。</source>
        <translation>Withdraw your consent to information sharing?
After that, your job seeker information will no longer be shared.</translation>
    </message>
    <message>
        <source>同意を取り消す</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に提供することに同意しますか？</source>
        <translation>As explained above, do you agree that your job seeker information, except your name and contact details, is shared with local governments and employment agencies?</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」をお送りします。</source>
        <translation>Setting changed. A &quot;Notice of change to information sharing&quot; will be sent to your registered e-mail address.</translation>
    </message>
    <message>
        <source>新しいパスワード（確認用）</source>
        <translation>New password (confirm)</translation>
    </message>
    <message>
        <source>パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内</source>
        <translation>Password: mix half-width numbers, letters and symbols, 8–32 characters</translation>
    </message>
    <message>
        <source>メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。</source>
        <translation>You cannot use a password that contains your e-mail address, date of birth or job seeker number, or one that is common and easy to guess.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、「パスワードを変更する」を押してください。</source>
        <translation>To change your password, enter your current password and a new password, then press &quot;Change password&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更する</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>パスワードを変更しました。次回から新しいパスワードでログインしてください。</source>
        <translation>Your password was changed. Use the new password next time you log in.</translation>
    </message>
    <message>
        <source>ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました（このパソコンのログインは続いています）。</source>
        <translation>If you were logged in on other computers or smartphones, those logins have ended (you are still logged in on this computer).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。</source>
        <translation>A &quot;Password change notice&quot; e-mail will be sent to your registered e-mail address.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。</source>
        <translation>Full-width letters, numbers and symbols in your password were converted to half-width and saved.</translation>
    </message>
    <message>
        <source>希望職種（必須）</source>
        <translation>Desired job type (required)</translation>
    </message>
    <message>
        <source>経験</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。</source>
        <translation>If you publish your job seeker profile, employers can see it anonymously and send you a &quot;Direct request (直接リクエスト)&quot; (an invitation to apply). Your name, contact details and date of birth are not published (only your age group is shown). You can withdraw it at any time.</translation>
    </message>
    <message>
        <source>（記載なし）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>（公開したときに決まります）</source>
        <translation>(decided when you publish)</translation>
    </message>
    <message>
        <source>求職公開番号</source>
        <translation>Profile number (求職公開番号)</translation>
    </message>
    <message>
        <source>年代</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>求職公開（事業所への匿名の公開）</source>
        <translation>Public profile (求職公開, anonymous for employers)</translation>
    </message>
    <message>
        <source>{n}文字以内</source>
        <translation>Up to {n} characters</translation>
    </message>
    <message>
        <source>事業所に見える内容を確認する</source>
        <translation>Preview what employers see</translation>
    </message>
    <message>
        <source>公開する</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>公開を取り下げる</source>
        <translation>Withdraw profile</translation>
    </message>
    <message>
        <source>事業所に見える内容（プレビュー）</source>
        <translation>What employers see (preview)</translation>
    </message>
    <message>
        <source>公開中（{at}から）&#x3000;求職公開番号: {number}&#x3000;受け取った直接リクエスト: {n}件</source>
        <translation>Published (since {at})&#x3000;Profile number: {number}&#x3000;Direct requests received: {n}</translation>
    </message>
    <message>
        <source>公開していません（{at}に取り下げました）</source>
        <translation>Not published (withdrawn on {at})</translation>
    </message>
    <message>
        <source>公開していません</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は公開できません。</source>
        <translation>You cannot publish while your job seeker status is &quot;Inactive&quot;.</translation>
    </message>
    <message>
        <source>求職公開の取り下げ</source>
        <translation>Withdraw public profile (求職公開)</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げますか。
取り下げると、事業所はあなたの求職情報を見られなくなり、新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。</source>
        <translation>Withdraw your published profile?
Employers will no longer see your job seeker information, and no new direct requests will arrive (you can still answer requests you already have).</translation>
    </message>
    <message>
        <source>取り下げる</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>The publishing status cannot be loaded. Please wait a while and open this page again.</translation>
    </message>
    <message>
        <source>この内容で公開内容を更新しますか。</source>
        <translation>Update your published profile with this content?</translation>
    </message>
    <message>
        <source>この内容で求職情報を公開しますか。</source>
        <translation>Publish your job seeker profile with this content?</translation>
    </message>
    <message>
        <source>求職公開</source>
        <translation>Public profile (求職公開)</translation>
    </message>
    <message>
        <source>事業所には次のとおり表示されます。</source>
        <translation>Employers will see the following.</translation>
    </message>
    <message>
        <source>更新する</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>求職情報を公開しました。</source>
        <translation>Your profile was published.</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げました。</source>
        <translation>Your profile was withdrawn.</translation>
    </message>
    <message>
        <source>公開内容を更新する</source>
        <translation>Update published profile</translation>
    </message>
    <message>
        <source>マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。</source>
        <translation>In My Page you can change your contact details (address, phone number), preferences, information sharing, job seeker status (active/inactive), password and public profile. If your name, date of birth or other details are wrong or you want to change them, please ask at the HelloWork counter (窓口).</translation>
    </message>
    <message>
        <source>求職者情報・設定</source>
        <translation>Job seeker info and settings</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>連絡先・ログインID</source>
        <translation>Contact details and login ID</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）</source>
        <translation>Login ID (e-mail address)</translation>
    </message>
    <message>
        <source>求職申込日</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>有効期限</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>求職状態</source>
        <translation>Job seeker status</translation>
    </message>
    <message>
        <source>無効になった理由</source>
        <translation>Reason for inactive</translation>
    </message>
    <message>
        <source>（登録なし）</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>ページの内容</source>
        <translation>On this page</translation>
    </message>
    <message>
        <source>「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。それを過ぎると、最寄りのハローワークでの手続きが必要です。</source>
        <translation>Within {days} days of setting it to &quot;Inactive&quot;, you can set it back to &quot;Active&quot; on this page. After that, you need to go to your nearest HelloWork office.</translation>
    </message>
    <message>
        <source>求職状態を「無効」にしますか？</source>
        <translation>Set your job seeker status to &quot;Inactive&quot;?</translation>
    </message>
    <message>
        <source>「無効」にする</source>
        <translation>Set to &quot;Inactive&quot;</translation>
    </message>
    <message>
        <source>「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。</source>
        <translation>When you set it back to &quot;Active&quot;, you can again search jobs, apply online and send messages to employers.</translation>
    </message>
    <message>
        <source>有効期限は{date}になります。</source>
        <translation>It will be valid until {date}.</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻しますか？</source>
        <translation>Set your job seeker status back to &quot;Active&quot;?</translation>
    </message>
    <message>
        <source>「有効」に戻す</source>
        <translation>Set to &quot;Active&quot;</translation>
    </message>
    <message>
        <source>求職状態の切り替え</source>
        <translation>Switch job seeker status</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <source>現在の求職状態：{status}</source>
        <translation>Current job seeker status: {status}</translation>
    </message>
    <message>
        <source>{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}になります）。</source>
        <translation>Until {deadline}, you can set it back to &quot;Active&quot; on this page (it will then be valid until {renews}).</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻す</source>
        <translation>Set job seeker status to &quot;Active&quot;</translation>
    </message>
    <message>
        <source>求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}</source>
        <translation>If you are taking a break from job hunting, you can set your job seeker status to &quot;Inactive&quot;. Valid until: {date}</translation>
    </message>
    <message>
        <source>求職状態を「無効」にする</source>
        <translation>Set job seeker status to &quot;Inactive&quot;</translation>
    </message>
    <message>
        <source>求職状態を切り替える</source>
        <translation>Switch job seeker status</translation>
    </message>
    <message>
        <source>求職状態を「{status}」にしました。</source>
        <translation>Your job seeker status is now &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Your information cannot be loaded right now. Please wait a while and open this page again.</translation>
    </message>
    <message>
        <source>登録した求職情報の確認や有効/無効の切り替えができます。</source>
        <translation>Check your registered job seeker information and switch it between active and inactive.</translation>
    </message>
    <message>
        <source>求人の検索条件を保存したり、気になった求人を保存することができます。</source>
        <translation>Save job search conditions and keep jobs you are interested in.</translation>
    </message>
    <message>
        <source>ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。</source>
        <translation>Check jobs HelloWork referred you to, referral letters (紹介状) and your application history.</translation>
    </message>
    <message>
        <source>メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせをお送りする場合があります。</source>
        <translation>Exchange messages with the contact person for jobs you applied to. HelloWork may also send you job information and notices.</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。</source>
        <translation>While your job seeker status is &quot;Inactive&quot;, you cannot search jobs, apply online or send messages to employers. You can still view your registration, referral letters, application history, messages and notices, and change settings.</translation>
    </message>
    <message>
        <source>有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます。</source>
        <translation>Your registration expires this month. If you get a HelloWork referral or apply online during this month, it will be extended by one month.</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日（{w}）{hh}時{mm:02d}分</source>
        <translation>{m}/{d}/{y} ({w}) {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>{status}（{reason}）</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>{deadline}までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。</source>
        <translation>Until {deadline}, you can set your job seeker status back to &quot;Active&quot; in &quot;Job seeker info and settings&quot;.</translation>
    </message>
    <message>
        <source>例: 一般事務、介護職員、製造ライン作業</source>
        <translation>e.g. office clerk, care worker, production line work</translation>
    </message>
    <message>
        <source>例: 山形市、天童市</source>
        <translation>e.g. Yamagata City, Tendo City</translation>
    </message>
    <message>
        <source>例: 月給18万円以上、時給1,000円以上</source>
        <translation>e.g. 180,000 yen/month or more, 1,000 yen/hour or more</translation>
    </message>
    <message>
        <source>希望条件の変更</source>
        <translation>Change preferences</translation>
    </message>
    <message>
        <source>希望する仕事の条件を変更できます。希望職種は必ず入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>You can change the conditions for the work you want. Desired job type is required. You can also change them with help at the counter.</translation>
    </message>
    <message>
        <source>希望条件を変更する</source>
        <translation>Change preferences</translation>
    </message>
    <message>
        <source>希望条件を変更しました。</source>
        <translation>Your preferences were changed.</translation>
    </message>
    <message>
        <source>はじめに</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>希望する仕事</source>
        <translation>Work you want</translation>
    </message>
    <message>
        <source>免許・資格、障害に関する情報、自己PR</source>
        <translation>Licenses, qualifications, disability information, self-introduction</translation>
    </message>
    <message>
        <source>入力内容の確認</source>
        <translation>Check your entries</translation>
    </message>
    <message>
        <source>仮登録の完了</source>
        <translation>Pre-registration complete</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>present</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{month}/{day}/{year}</translation>
    </message>
    <message>
        <source>性別（任意）</source>
        <translation>Gender (optional)</translation>
    </message>
    <message>
        <source>希望する雇用形態</source>
        <translation>Desired employment type</translation>
    </message>
    <message>
        <source>希望就業時間</source>
        <translation>Desired working hours</translation>
    </message>
    <message>
        <source>障害に関する情報（任意）</source>
        <translation>Disability information (optional)</translation>
    </message>
    <message>
        <source>入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。</source>
        <translation>Check your entries. If they are correct, press &quot;Pre-register with these details&quot;.</translation>
    </message>
    <message>
        <source>修正する</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>{title}を修正する</source>
        <translation>Edit {title}</translation>
    </message>
    <message>
        <source>求職仮登録を受け付けました。まだ求職申込みは完了していません。</source>
        <translation>Your pre-registration (仮登録) was received. Your job application is not complete yet.</translation>
    </message>
    <message>
        <source>仮登録番号</source>
        <translation>Pre-registration number</translation>
    </message>
    <message>
        <source>{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。仮登録番号は、入力したメールアドレスにもお送りしました。</source>
        <translation>Please come to the {office} counter (窓口) by {date}. After your identity and details are checked there, you will be fully registered (本登録), get a job seeker number and can open My Page on the spot. After the deadline, your pre-registration is deleted. The pre-registration number was also sent to the e-mail address you entered.</translation>
    </message>
    <message>
        <source>窓口にお持ちいただくもの</source>
        <translation>What to bring to the counter</translation>
    </message>
    <message>
        <source>一時保存した入力を再開する</source>
        <translation>Resume saved entries</translation>
    </message>
    <message>
        <source>一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、届いたメールの認証キーを入力してください。</source>
        <translation>Enter the e-mail address you used when saving and press &quot;Send access key&quot;. Then enter the access key from the e-mail.</translation>
    </message>
    <message>
        <source>認証キーを送信</source>
        <translation>Send access key</translation>
    </message>
    <message>
        <source>認証キー</source>
        <translation>Access key (認証キー)</translation>
    </message>
    <message>
        <source>再開する</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。</source>
        <translation>If you have saved entries, we sent an access key by e-mail (valid for {minutes} minutes). If it does not arrive, check the e-mail address and allow mail from {sender}.</translation>
    </message>
    <message>
        <source>ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。</source>
        <translation>Before visiting HelloWork, you can enter your job application on this computer (pre-registration, 仮登録). Note the pre-registration number shown at the end and visit the HelloWork counter by the deadline shown. After your details and identity are checked there, you will be fully registered and get a job seeker number. Press &quot;Save&quot; at any point to continue later (the save deadline is shown when you save).</translation>
    </message>
    <message>
        <source>中学校または高等学校に在学中ですか。</source>
        <translation>Are you a junior high or high school student?</translation>
    </message>
    <message>
        <source>在学中である</source>
        <translation>Yes, I am a student</translation>
    </message>
    <message>
        <source>在学中ではない</source>
        <translation>No, I am not a student</translation>
    </message>
    <message>
        <source>一時保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>次へ進む</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>この内容で仮登録する</source>
        <translation>Pre-register with these details</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}&#x3000;{title}</source>
        <translation>Step {n}/{total}&#x3000;{title}</translation>
    </message>
    <message>
        <source>入力内容を確認してください。入力した内容はそのままです。</source>
        <translation>Please check your entries. What you entered is kept.</translation>
    </message>
    <message>
        <source>一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスとメールで届く認証キーで再開できます。</source>
        <translation>Saved. Your entries are kept until {m}/{d}/{y} ({days} days from the last save). To continue, use &quot;Resume saved entries&quot; under &quot;Pre-registration (仮登録)&quot; with your e-mail address and the access key sent by e-mail.</translation>
    </message>
    <message>
        <source>一時保存した入力を読み込みました。続きから入力してください。</source>
        <translation>Your saved entries were loaded. Please continue.</translation>
    </message>
    <message>
        <source>入力した内容は、一時保存していない分は失われます。終了しますか。</source>
        <translation>Anything not saved will be lost. Do you want to quit?</translation>
    </message>
    <message>
        <source>終了する</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>入力に戻る</source>
        <translation>Back to form</translation>
    </message>
    <message>
        <source>【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。</source>
        <translation>[Closed] This job is no longer open. The job listing below is as of the referral.</translation>
    </message>
    <message>
        <source>ハローワークからの連絡事項（備考）</source>
        <translation>Notes from HelloWork</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{occupation}（{company}）</source>
        <translation>{occupation} ({company})</translation>
    </message>
    <message>
        <source>紹介日：{day}&#x3000;紹介番号：{number}&#x3000;紹介元／担当：{source}&#x3000;応募状況：{status}</source>
        <translation>Referred: {day}&#x3000;Referral no.: {number}&#x3000;By/contact: {source}&#x3000;Status: {status}</translation>
    </message>
    <message>
        <source>（連絡事項はありません）</source>
        <translation>(No notes)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が変わっても、ここには紹介時点の内容を表示します。</source>
        <translation>This is the job listing as of the referral by HelloWork ({day}). Even if the job changes later, the content at referral is shown here.</translation>
    </message>
    <message>
        <source>紹介状</source>
        <translation>Referral letter (紹介状)</translation>
    </message>
    <message>
        <source>事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、PDFで保存してご利用ください。</source>
        <translation>Bring this referral letter to the employer together with your application documents. Print it, or save it as a PDF.</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。</source>
        <translation>Could not print. Check that the printer is on and has paper, and try again.</translation>
    </message>
    <message>
        <source>紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。</source>
        <translation>The referral letter was printed. If it does not come out of the printer, please ask the staff at the counter.</translation>
    </message>
    <message>
        <source>紹介日</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>紹介番号</source>
        <translation>Referral no.</translation>
    </message>
    <message>
        <source>応募状況</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>紹介元／担当</source>
        <translation>By/contact</translation>
    </message>
    <message>
        <source>紹介された求人</source>
        <translation>Referred jobs</translation>
    </message>
    <message>
        <source>ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。</source>
        <translation>You have no jobs referred by HelloWork yet. When you get a referral at the counter, the job and referral letter appear here.</translation>
    </message>
    <message>
        <source>紹介状を表示</source>
        <translation>Show referral letter</translation>
    </message>
    <message>
        <source>現在の求人票を見る</source>
        <translation>View current listing</translation>
    </message>
    <message>
        <source>紹介状の内容</source>
        <translation>Referral letter details</translation>
    </message>
    <message>
        <source>紹介された求人・紹介状</source>
        <translation>Referred jobs and referral letters (紹介状)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。</source>
        <translation>Jobs referred by HelloWork. Select a row to see the job listing as of the referral and notes from HelloWork. Use &quot;Show referral letter&quot; to print it or save it as a PDF.</translation>
    </message>
    <message>
        <source>この求人の募集は終了しています。</source>
        <translation>This job is no longer open.</translation>
    </message>
    <message>
        <source>紹介状を読み込んでいます…</source>
        <translation>Loading the referral letter…</translation>
    </message>
    <message>
        <source>まもなくログアウトします</source>
        <translation>You will be logged out soon</translation>
    </message>
    <message>
        <source>操作を続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>ログアウトせずに利用を続けます</source>
        <translation>Keep using without logging out</translation>
    </message>
    <message>
        <source>しばらく操作がありません。あと{n}秒でログアウトします。
続けて利用する場合は「操作を続ける」を押してください。</source>
        <translation>There has been no activity for a while. You will be logged out in {n} seconds.
To continue, press &quot;Continue&quot;.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。ヘルプデスクにお問い合わせください。</source>
        <translation>The My Page opening screen cannot be shown. Please contact the help desk.</translation>
    </message>
    <message>
        <source>操作がないまま時間が経過したため、求職申込み（仮登録）の画面を閉じ、入力した内容を消去しました。</source>
        <translation>Because there was no activity for some time, the pre-registration screen was closed and your entries were erased.</translation>
    </message>
    <message>
        <source>オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が動いていることを確認してください。続く場合はシステム担当者に連絡してください。</source>
        <translation>Cannot connect to the office server. Check the network connection and that the server (server_url) is running. If this continues, contact your system administrator.</translation>
    </message>
    <message>
        <source>データベースに接続できません（{kind}）。設定（database_url）と、データベースサーバーが起動していることを確認してください。</source>
        <translation>Cannot connect to the database ({kind}). Check the setting (database_url) and that the database server is running.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。</source>
        <translation>The My Page opening screen cannot be shown. Please try again later.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。
安全のため、最初の画面に戻りました。

問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、次のお問い合わせ番号をお伝えください。

お問い合わせ番号：{incident}</source>
        <translation>An unexpected error occurred. We are sorry for the trouble.
For safety, you have been returned to the first screen.

If the problem continues, contact the help desk (phone: {helpdesk}) and give this reference number.

Reference number: {incident}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、この画面はありません。送信されたメールが数秒で表示されます。</source>
        <translation>This screen is for demos only. In real use, e-mail goes to the person&apos;s own address and this screen does not exist. Sent e-mails appear here within a few seconds.</translation>
    </message>
    <message>
        <source>受信日時</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>宛先</source>
        <translation>To</translation>
    </message>
    <message>
        <source>受信したメール</source>
        <translation>Received e-mail</translation>
    </message>
    <message>
        <source>メール本文</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <source>メールを読み込めません（{reason}）。</source>
        <translation>Cannot load e-mail ({reason}).</translation>
    </message>
    <message>
        <source>{n}通のメール</source>
        <translation>{n} e-mails</translation>
    </message>
    <message>
        <source>差出人：{sender}
宛先：{recipient}
件名：{subject}
受信日時：{at}

</source>
        <translation>From: {sender}
To: {recipient}
Subject: {subject}
Received: {at}

</translation>
    </message>
    <message>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>求職者マイページ</source>
        <translation>My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{title}（未読 {count}）</source>
        <translation>{title} ({count} unread)</translation>
    </message>
    <message>
        <source>求職者マイページを起動できません</source>
        <translation>My Page cannot start</translation>
    </message>
    <message>
        <source>起動に必要なモジュールを読み込めません（{error}）。</source>
        <translation>A module needed to start cannot be loaded ({error}).</translation>
    </message>
    <message>
        <source>マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。続けるには、もう一度パスワードを入力してください。</source>
        <translation>While opening My Page, the staff screen was idle too long. Enter your password again to continue.</translation>
    </message>
    <message>
        <source>ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。</source>
        <translation>Login ID changed to {email}. Access keys sent to the old address are no longer valid, and open My Page sessions were ended. Notice e-mails will be sent to the old and new addresses.</translation>
    </message>
    <message>
        <source>ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。</source>
        <translation>{email} was registered as the login ID. A notice e-mail will be sent to this address.</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で確認してください。</source>
        <translation>Unlock an account that was locked after too many failed password attempts. Check the person&apos;s identity with an ID document.</translation>
    </message>
    <message>
        <source>ロックを解除する</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>ロックを解除しました。ご本人はすぐにログインできます。</source>
        <translation>Unlocked. The person can log in right away.</translation>
    </message>
    <message>
        <source>ロックはされていませんでした（失敗の回数は0に戻しました）。</source>
        <translation>The account was not locked (the failure count was reset to 0).</translation>
    </message>
    <message>
        <source>認証キーの無効化</source>
        <translation>Disable access keys (認証キー)</translation>
    </message>
    <message>
        <source>この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？</source>
        <translation>Disable all unused access keys sent to this job seeker. Continue?</translation>
    </message>
    <message>
        <source>無効にする</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>認証キーを{n}件無効にしました。</source>
        <translation>{n} access keys disabled.</translation>
    </message>
    <message>
        <source>無効にする認証キーはありませんでした。</source>
        <translation>There were no access keys to disable.</translation>
    </message>
    <message>
        <source>パスワード再設定の開始</source>
        <translation>Start password reset</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。
ご本人であることを本人確認書類で確認してください。</source>
        <translation>An access key for resetting the password will be sent to the registered e-mail address. Staff never see the password. The person sets a new password with the access key from the e-mail.
Check the person&apos;s identity with an ID document.</translation>
    </message>
    <message>
        <source>認証キーを送る</source>
        <translation>Send access key</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の手順で新しいパスワードを設定してもらってください。</source>
        <translation>An access key was sent to the registered e-mail address (valid for {m} minutes). Ask the person to set a new password following the steps in the e-mail.</translation>
    </message>
    <message>
        <source>このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。しばらくしてからやり直してください。</source>
        <translation>Not sent: the limit for access keys to this address has been reached. Please try again later.</translation>
    </message>
    <message>
        <source>この求職者はマイページを開設していない（または停止中の）ため、パスワードの再設定はできません。</source>
        <translation>This job seeker has not opened My Page (or it is suspended), so the password cannot be reset.</translation>
    </message>
    <message>
        <source>セッションの強制終了</source>
        <translation>End sessions</translation>
    </message>
    <message>
        <source>この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に戻ります）。よろしいですか？</source>
        <translation>End this job seeker&apos;s open My Page sessions (on any computer, the next action returns to the login screen). Continue?</translation>
    </message>
    <message>
        <source>終了させる</source>
        <translation>End</translation>
    </message>
    <message>
        <source>ログイン中のマイページを終了させました（{n}件）。</source>
        <translation>Open My Page sessions ended ({n}).</translation>
    </message>
    <message>
        <source>ログイン中のマイページはありませんでした。</source>
        <translation>There were no open My Page sessions.</translation>
    </message>
    <message>
        <source>{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）</source>
        <translation>Referral letter issued to {name}. Referral no.: {referral} (application no.: {application})</translation>
    </message>
    <message>
        <source>求職の有効期限を {date} まで延長しました。</source>
        <translation>Registration extended until {date}.</translation>
    </message>
    <message>
        <source>応募 {number} の応募状況を「{status}」として記録しました。</source>
        <translation>Status of application {number} recorded as &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>{name} さんのマイページに{what}を送りました。</source>
        <translation>{what} sent to {name}&apos;s My Page.</translation>
    </message>
    <message>
        <source>応募書類をPDFで保存</source>
        <translation>Save application documents as PDF</translation>
    </message>
    <message>
        <source>応募番号または紹介番号</source>
        <translation>Application or referral number</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>オンライン自主応募の志望動機と応募書類を確認します。</source>
        <translation>Check the reason for applying and documents of online applications (オンライン自主応募).</translation>
    </message>
    <message>
        <source>応募番号：{number}（{source}、{status}）
応募日：{applied}
求職者：{name}（{seeker}）
求人：{company}&#x3000;{occupation}（{job}）</source>
        <translation>Application no.: {number} ({source}, {status})
Applied on: {applied}
Job seeker: {name} ({seeker})
Job: {company}&#x3000;{occupation} ({job})</translation>
    </message>
    <message>
        <source>（志望動機はありません）</source>
        <translation>(No reason for applying)</translation>
    </message>
    <message>
        <source>{kind}：{name} をPDFで保存…</source>
        <translation>Save {kind}: {name} as PDF…</translation>
    </message>
    <message>
        <source>添付された書類はありません</source>
        <translation>No documents attached</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでください。</source>
        <translation>Could not save the PDF. Choose another location.</translation>
    </message>
    <message>
        <source>保存しました：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>求職者アカウント</source>
        <translation>Job seeker account</translation>
    </message>
    <message>
        <source>システム</source>
        <translation>System</translation>
    </message>
    <message>
        <source>管理コマンド</source>
        <translation>Admin command</translation>
    </message>
    <message>
        <source>未ログイン</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>データ取込</source>
        <translation>Data import</translation>
    </message>
    <message>
        <source>サーバー管理者</source>
        <translation>Server administrator</translation>
    </message>
    <message>
        <source>求職者</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>ログインアカウント</source>
        <translation>Login account</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>求職者セッション</source>
        <translation>Job seeker session</translation>
    </message>
    <message>
        <source>職員セッション</source>
        <translation>Staff session</translation>
    </message>
    <message>
        <source>仮登録</source>
        <translation>Pre-registration (仮登録)</translation>
    </message>
    <message>
        <source>応募書類</source>
        <translation>Application documents</translation>
    </message>
    <message>
        <source>応募（書き出し件数）</source>
        <translation>Applications (exported)</translation>
    </message>
    <message>
        <source>直接リクエスト</source>
        <translation>Direct request (直接リクエスト)</translation>
    </message>
    <message>
        <source>{kind}で検索・{n}件</source>
        <translation>Search by {kind}: {n} found</translation>
    </message>
    <message>
        <source>操作者</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{name}（職員 {id}）</source>
        <translation>{name} (staff {id})</translation>
    </message>
    <message>
        <source>例: 123</source>
        <translation>e.g. 123</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>〜</source>
        <translation>–</translation>
    </message>
    <message>
        <source>期間(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>職員(&amp;S)</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>求職者ID(&amp;I)</source>
        <translation>Job seeker &amp;ID</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <source>期間（終了日）</source>
        <translation>Period (end date)</translation>
    </message>
    <message>
        <source>期間（開始日）</source>
        <translation>Period (start date)</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>［無効］</source>
        <translation>[Disabled]</translation>
    </message>
    <message>
        <source>求職者IDは数字で入力してください（例: 123）。</source>
        <translation>Enter the job seeker ID in digits (e.g. 123).</translation>
    </message>
    <message>
        <source>条件に合う記録はありません。</source>
        <translation>No records match the conditions.</translation>
    </message>
    <message>
        <source>{n}件を表示しています。続きを読み込んでいます…</source>
        <translation>Showing {n}. Loading more…</translation>
    </message>
    <message>
        <source>{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。</source>
        <translation>Showing {n}. Scroll down to load older records.</translation>
    </message>
    <message>
        <source>{n}件を表示しています（すべて）。</source>
        <translation>Showing {n} (all).</translation>
    </message>
    <message>
        <source>パスワードの再入力が取り消されたため、操作は行っていません。</source>
        <translation>Password re-entry was canceled, so nothing was done.</translation>
    </message>
    <message>
        <source>職員コンソール（窓口用）</source>
        <translation>Staff console (counter)</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>窓口対応</source>
        <translation>Counter service</translation>
    </message>
    <message>
        <source>端末管理</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>仮登録の確認</source>
        <translation>Check pre-registrations</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）…</source>
        <translation>Register job seeker (new)…</translation>
    </message>
    <message>
        <source>窓口でマイページを開設</source>
        <translation>Open My Page at the counter</translation>
    </message>
    <message>
        <source>このパソコンで求職者ご本人にマイページを開設してもらいます。職員の画面は閉じ、ご本人が自分でパスワードを入力します。</source>
        <translation>The job seeker opens My Page themselves on this computer. The staff screen closes and the person enters their own password.</translation>
    </message>
    <message>
        <source>求職者情報・アカウント</source>
        <translation>Job seeker info and account</translation>
    </message>
    <message>
        <source>応募内容</source>
        <translation>Application details</translation>
    </message>
    <message>
        <source>求職者を選んでください</source>
        <translation>Select a job seeker</translation>
    </message>
    <message>
        <source>{name}（{kana}） 求職番号 {number}</source>
        <translation>{name} ({kana}) Job seeker no. {number}</translation>
    </message>
    <message>
        <source>求職登録しました。求職番号: {number}&#x3000;有効期限: {valid}</source>
        <translation>Registered. Job seeker number: {number}&#x3000;Valid until: {valid}</translation>
    </message>
    <message>
        <source>ログインID（{email}）も登録しました。ご本人は「ハローワークをご利用中の方のマイページ開設」から開設できます。</source>
        <translation>The login ID ({email}) was also registered. The person can open My Page with &quot;Open My Page (for people using HelloWork)&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>{kind}「{name}」</source>
        <translation>{kind} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>端末ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>登録日時</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>最終通信</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>未通信</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <source>取消済み</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>{at} に取り消しました</source>
        <translation>Canceled on {at}</translation>
    </message>
    <message>
        <source>申請日時</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。</source>
        <translation>Approve the registration of computers that connect to the office server (public, counter and staff devices), and cancel devices no longer used. Approvals and cancellations are recorded in the audit log.</translation>
    </message>
    <message>
        <source>例: BCDF-GHJK</source>
        <translation>e.g. BCDF-GHJK</translation>
    </message>
    <message>
        <source>登録コード</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <source>承認する</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>承認待ちの申請</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>登録済みの端末</source>
        <translation>Registered devices</translation>
    </message>
    <message>
        <source>登録を取り消す</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>登録コード(&amp;C)</source>
        <translation>Registration &amp;code</translation>
    </message>
    <message>
        <source>新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。</source>
        <translation>Enter the registration code (8 letters) shown on the new computer&apos;s screen and press &quot;Approve&quot;. Lowercase or full-width is fine. The code&apos;s expiry is shown under &quot;Waiting for approval&quot;.</translation>
    </message>
    <message>
        <source>新しい端末の承認</source>
        <translation>Approve new device</translation>
    </message>
    <message>
        <source>承認を待っている申請はありません。</source>
        <translation>No requests are waiting for approval.</translation>
    </message>
    <message>
        <source>{n}件の申請が承認を待っています。</source>
        <translation>{n} requests are waiting for approval.</translation>
    </message>
    <message>
        <source>登録コード {code} の端末を承認します。</source>
        <translation>Approve the device with registration code {code}.</translation>
    </message>
    <message>
        <source>承認を待っている申請は {device}（申請 {at}）の1件です。</source>
        <translation>One request is waiting for approval: {device} (requested {at}).</translation>
    </message>
    <message>
        <source>承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。</source>
        <translation>These {n} requests are waiting for approval. The registration code decides which one is approved.</translation>
    </message>
    <message>
        <source>{device}（申請 {at}）</source>
        <translation>{device} (requested {at})</translation>
    </message>
    <message>
        <source>承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。</source>
        <translation>No request waiting for approval is in the list. The code may have expired.</translation>
    </message>
    <message>
        <source>承認すると、その端末は事務所のサーバーに接続して使えるようになります。登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。</source>
        <translation>Once approved, the device can connect to the office server. Make sure the registration code is the one shown on the new computer in front of you.</translation>
    </message>
    <message>
        <source>端末の承認</source>
        <translation>Device approval</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、しばらくお待ちください。</source>
        <translation>{device} (device ID {uid}) approved. Please wait until registration finishes on that device.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消しました。</source>
        <translation>Registration of {device} (device ID {uid}) canceled.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）は既に取り消されていました。</source>
        <translation>{device} (device ID {uid}) was already canceled.</translation>
    </message>
    <message>
        <source>端末の登録の取消</source>
        <translation>Cancel device registration</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消します。
この端末は次の通信から使えなくなります。もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？</source>
        <translation>Cancel the registration of {device} (device ID {uid}).
This device stops working from its next connection. To use it again, register it again on that device and get approval. Continue?</translation>
    </message>
    <message>
        <source>取り消す</source>
        <translation>Cancel it</translation>
    </message>
    <message>
        <source>確認した本人確認書類</source>
        <translation>ID document checked</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の登録</source>
        <translation>Register login ID (e-mail address)</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の変更</source>
        <translation>Change login ID (e-mail address)</translation>
    </message>
    <message>
        <source>ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。</source>
        <translation>Check the person&apos;s identity with an ID document, then enter the new e-mail address.</translation>
    </message>
    <message>
        <source>変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページはログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。</source>
        <translation>After the change, access keys sent to the old address stop working and open My Page sessions are logged out. Notice e-mails go to both the old and new addresses.</translation>
    </message>
    <message>
        <source>登録したアドレスにお知らせのメールが届きます。</source>
        <translation>A notice e-mail will be sent to the registered address.</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>（未登録）</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>新しいメールアドレス</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <source>現在のメールアドレス</source>
        <translation>Current e-mail address</translation>
    </message>
    <message>
        <source>（必須）</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(please select)</translation>
    </message>
    <message>
        <source>Delete キーで「{empty}」に戻ります。</source>
        <translation>Press Delete to return to &quot;{empty}&quot;.</translation>
    </message>
    <message>
        <source>{n}／{max}文字</source>
        <translation>{n}/{max} characters</translation>
    </message>
    <message>
        <source>求職者のマイページに「ハローワークからのお知らせ」を送ります。「おすすめ求人」では求人番号の求人票へのリンクが付きます。</source>
        <translation>Send a &quot;Notice from HelloWork&quot; to the job seeker&apos;s My Page. A &quot;Recommended job&quot; includes a link to the job listing for the job number.</translation>
    </message>
    <message>
        <source>種別(&amp;K)</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>求人番号(&amp;J)</source>
        <translation>&amp;Job number</translation>
    </message>
    <message>
        <source>「おすすめ求人」のときは必須です</source>
        <translation>Required for &quot;Recommended job&quot;</translation>
    </message>
    <message>
        <source>件名(&amp;T)</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>{max}文字以内</source>
        <translation>Up to {max} characters</translation>
    </message>
    <message>
        <source>本文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>文字だけ（書式なし）、改行できます</source>
        <translation>Plain text only, line breaks allowed</translation>
    </message>
    <message>
        <source>求人番号を入力してください。</source>
        <translation>Enter the job number.</translation>
    </message>
    <message>
        <source>紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。</source>
        <translation>Enter the job number of the job to refer. Notes are printed on the referral letter.</translation>
    </message>
    <message>
        <source>紹介状を発行</source>
        <translation>Issue referral letter (紹介状)</translation>
    </message>
    <message>
        <source>5桁-8桁の数字</source>
        <translation>5 digits-8 digits</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>本人確認書類を確認してから入力してください。ログイン用メールアドレスは、マイページを使う方だけ入力します。</source>
        <translation>Check the ID document before entering. Enter a login e-mail address only for people who will use My Page.</translation>
    </message>
    <message>
        <source>例: 山形 太郎</source>
        <translation>e.g. Taro Yamagata</translation>
    </message>
    <message>
        <source>例: ヤマガタ タロウ</source>
        <translation>e.g. ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>生年月日（年）</source>
        <translation>Date of birth (year)</translation>
    </message>
    <message>
        <source>生年月日（月）</source>
        <translation>Date of birth (month)</translation>
    </message>
    <message>
        <source>生年月日（日）</source>
        <translation>Date of birth (day)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>例: 023-000-0000</source>
        <translation>e.g. 023-000-0000</translation>
    </message>
    <message>
        <source>例: 一般事務</source>
        <translation>e.g. Office clerk</translation>
    </message>
    <message>
        <source>例: 山形市内</source>
        <translation>e.g. Yamagata City</translation>
    </message>
    <message>
        <source>例: 月給18万円以上</source>
        <translation>e.g. 180,000 yen/month or more</translation>
    </message>
    <message>
        <source>本人の情報</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>氏名(&amp;M)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>フリガナ(&amp;F)</source>
        <translation>&amp;Furigana</translation>
    </message>
    <message>
        <source>全角カタカナ（ひらがな・半角カナは自動で直します）</source>
        <translation>Full-width katakana (hiragana and half-width kana are fixed automatically)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>西暦・半角数字</source>
        <translation>Western year, half-width digits</translation>
    </message>
    <message>
        <source>電話番号(&amp;T)</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <source>半角数字とハイフン</source>
        <translation>Half-width digits and hyphens</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>ログイン用メールアドレス(&amp;E)</source>
        <translation>Login &amp;e-mail address</translation>
    </message>
    <message>
        <source>マイページを使う場合のみ（半角英数字100文字以内）</source>
        <translation>Only if using My Page (up to 100 half-width characters)</translation>
    </message>
    <message>
        <source>求職の申込み</source>
        <translation>Job application</translation>
    </message>
    <message>
        <source>求職申込日(&amp;D)</source>
        <translation>Registration &amp;date</translation>
    </message>
    <message>
        <source>希望職種(&amp;O)</source>
        <translation>Desired &amp;job type</translation>
    </message>
    <message>
        <source>希望勤務地(&amp;L)</source>
        <translation>Desired work &amp;location</translation>
    </message>
    <message>
        <source>希望賃金(&amp;W)</source>
        <translation>Desired &amp;wage</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>確認した本人確認書類(&amp;I)</source>
        <translation>&amp;ID document checked</translation>
    </message>
    <message>
        <source>求職申込日に未来の日付は指定できません。</source>
        <translation>The registration date cannot be in the future.</translation>
    </message>
    <message>
        <source>事業所から連絡のあった応募状況を記録します。「面接予定」のときは面接の日時と場所も入力してください。</source>
        <translation>Record the application status reported by the employer. For &quot;Interview scheduled&quot;, also enter the interview date, time and place.</translation>
    </message>
    <message>
        <source>応募状況を記録</source>
        <translation>Record application status</translation>
    </message>
    <message>
        <source>未入力</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>面接の時刻</source>
        <translation>Interview time</translation>
    </message>
    <message>
        <source>応募番号(&amp;A)</source>
        <translation>&amp;Application no.</translation>
    </message>
    <message>
        <source>新しい応募状況(&amp;S)</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <source>面接日時(&amp;D)</source>
        <translation>Interview &amp;date</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です</source>
        <translation>Required for &quot;Interview scheduled&quot;</translation>
    </message>
    <message>
        <source>面接場所(&amp;P)</source>
        <translation>Interview &amp;place</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です（{max}文字以内）</source>
        <translation>Required for &quot;Interview scheduled&quot; (up to {max} characters)</translation>
    </message>
    <message>
        <source>応募番号または紹介番号を入力してください。</source>
        <translation>Enter the application or referral number.</translation>
    </message>
    <message>
        <source>新しい応募状況を選んでください。</source>
        <translation>Choose the new application status.</translation>
    </message>
    <message>
        <source>生年月日（西暦）</source>
        <translation>Date of birth (Western year)</translation>
    </message>
    <message>
        <source>フリガナ＋生年月日</source>
        <translation>Furigana + date of birth</translation>
    </message>
    <message>
        <source>ID未登録</source>
        <translation>No ID</translation>
    </message>
    <message>
        <source>ロック中</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>該当する求職者はいません。</source>
        <translation>No matching job seeker.</translation>
    </message>
    <message>
        <source>ご本人による変更はありません。</source>
        <translation>No changes by the job seeker.</translation>
    </message>
    <message>
        <source>{at}&#x3000;{kind}（{device}）</source>
        <translation>{at}&#x3000;{kind} ({device})</translation>
    </message>
    <message>
        <source>&#x3000;{label}：{old} → {new}</source>
        <translation>&#x3000;{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>本人による変更履歴</source>
        <translation>Changes by the job seeker</translation>
    </message>
    <message>
        <source>または フリガナ</source>
        <translation>or furigana</translation>
    </message>
    <message>
        <source>仮登録を選んでください</source>
        <translation>Select a pre-registration</translation>
    </message>
    <message>
        <source>免許・資格・自己PR</source>
        <translation>Licenses, qualifications, self-introduction</translation>
    </message>
    <message>
        <source>修正を保存</source>
        <translation>Save corrections</translation>
    </message>
    <message>
        <source>本人確認のうえ本登録する</source>
        <translation>Check identity and fully register (本登録)</translation>
    </message>
    <message>
        <source>{n}件見つかりました。</source>
        <translation>{n} found.</translation>
    </message>
    <message>
        <source>該当する仮登録はありません。</source>
        <translation>No matching pre-registration.</translation>
    </message>
    <message>
        <source>仮登録番号 {number}&#x3000;{status}&#x3000;{name}（{kana}）</source>
        <translation>Pre-registration no. {number}&#x3000;{status}&#x3000;{name} ({kana})</translation>
    </message>
    <message>
        <source>求職番号 {number}</source>
        <translation>Job seeker no. {number}</translation>
    </message>
    <message>
        <source>修正を保存しました。</source>
        <translation>Corrections saved.</translation>
    </message>
    <message>
        <source>本登録しました。求職番号: {number}&#x3000;ログインID（{email}）も登録しました。ご本人がこの場で「窓口でマイページを開設」から開設できます。</source>
        <translation>Fully registered. Job seeker number: {number}&#x3000;The login ID ({email}) was also registered. The person can open My Page right here with &quot;Open My Page at the counter&quot;.</translation>
    </message>
    <message>
        <source>パスワードの再入力</source>
        <translation>Re-enter password</translation>
    </message>
    <message>
        <source>この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。</source>
        <translation>Before this action, enter the password for {name} again to confirm your identity.</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）</source>
        <translation>Register job seeker (new)</translation>
    </message>
    <message>
        <source>マイページ</source>
        <translation>My Page</translation>
    </message>
    <message>
        <source>停止中</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>開設済み</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>失敗{n}回</source>
        <translation>{n} failures</translation>
    </message>
    <message>
        <source>求職者ID（監査ログ用）</source>
        <translation>Job seeker ID (for audit log)</translation>
    </message>
    <message>
        <source>希望（職種・勤務地・賃金）</source>
        <translation>Preferences (job type, location, wage)</translation>
    </message>
    <message>
        <source>本人による最後の変更</source>
        <translation>Last change by the job seeker</translation>
    </message>
    <message>
        <source>ログインID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <source>ログインのロック</source>
        <translation>Login lock</translation>
    </message>
    <message>
        <source>ログイン中</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>提供する（{at} 同意）</source>
        <translation>Share (agreed {at})</translation>
    </message>
    <message>
        <source>提供しない（{at} 同意取り消し）</source>
        <translation>Do not share (withdrawn {at})</translation>
    </message>
    <message>
        <source>提供しない（同意なし）</source>
        <translation>Do not share (not agreed)</translation>
    </message>
    <message>
        <source>{at}（{items}）</source>
        <translation>{at} ({items})</translation>
    </message>
    <message>
        <source>左の検索結果から求職者を選んでください。</source>
        <translation>Select a job seeker from the search results on the left.</translation>
    </message>
    <message>
        <source>マイページのアカウント</source>
        <translation>My Page account</translation>
    </message>
    <message>
        <source>メールアドレス変更…</source>
        <translation>Change e-mail address…</translation>
    </message>
    <message>
        <source>アカウントのロック解除…</source>
        <translation>Unlock account…</translation>
    </message>
    <message>
        <source>パスワード再設定の開始…</source>
        <translation>Start password reset…</translation>
    </message>
    <message>
        <source>本人による変更履歴…</source>
        <translation>Changes by the job seeker…</translation>
    </message>
    <message>
        <source>ロック中（失敗{n}回）</source>
        <translation>Locked ({n} failures)</translation>
    </message>
    <message>
        <source>なし（失敗{n}回）</source>
        <translation>Not locked ({n} failures)</translation>
    </message>
    <message>
        <source>有効な認証キーあり</source>
        <translation>Valid access key exists</translation>
    </message>
    <message>
        <source>はい（ログイン中）</source>
        <translation>Yes (logged in)</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>公開中（事業所が匿名で閲覧できます）</source>
        <translation>Published (employers can view anonymously)</translation>
    </message>
    <message>
        <source>メールアドレス登録…</source>
        <translation>Register e-mail address…</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{m}/{d}/{y}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>ハイコントラスト</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>表示</source>
        <comment>配色</comment>
        <translation>Colors</translation>
    </message>
    <message>
        <source>{kind}（任意）</source>
        <translation>{kind} (optional)</translation>
    </message>
    <message>
        <source>PDFを選ぶ…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>{kind}のPDFを選ぶ</source>
        <translation>Choose {kind} PDF</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{kind}を外す</source>
        <translation>Remove {kind}</translation>
    </message>
    <message>
        <source>作成する…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>{kind}を作成する</source>
        <translation>Create {kind}</translation>
    </message>
    <message>
        <source>登録されている情報から{kind}を作成して添付します</source>
        <translation>Create a {kind} from your registered information and attach it</translation>
    </message>
    <message>
        <source>ファイルを読み込めませんでした。別のファイルを選んでください。</source>
        <translation>The file could not be read. Choose another file.</translation>
    </message>
    <message>
        <source>PDFファイル (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>入力エラー</source>
        <translation>Input error</translation>
    </message>
    <message>
        <source>受付年月日</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>紹介期限日</source>
        <translation>Referral deadline</translation>
    </message>
    <message>
        <source>仕事の内容</source>
        <translation>Job description</translation>
    </message>
    <message>
        <source>就業時間</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>休日</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>オンライン自主応募の可否</source>
        <translation>Online application (オンライン自主応募)</translation>
    </message>
    <message>
        <source>求人者マイページの有無</source>
        <translation>Employer My Page</translation>
    </message>
    <message>
        <source>可（このマイページから応募できます）</source>
        <translation>Yes (you can apply from this My Page)</translation>
    </message>
    <message>
        <source>不可（ハローワークの紹介が必要です）</source>
        <translation>No (HelloWork referral needed)</translation>
    </message>
    <message>
        <source>あり（応募後にメッセージでやりとりできます）</source>
        <translation>Yes (you can exchange messages after applying)</translation>
    </message>
    <message>
        <source>このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、ハローワークが用意した保存用フォルダーだけです。
保存用フォルダーに保存したファイルは、ログアウトすると削除されます。持ち帰るときは USB メモリに保存するか、印刷してください。</source>
        <translation>This is a shared computer, so you can only save to removable storage such as a USB stick, or to the save folder HelloWork provides.
Files in the save folder are deleted when you log out. To take them home, save to a USB stick or print them.</translation>
    </message>
    <message>
        <source>保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。印刷はいつでもできます。</source>
        <translation>There is nowhere to save. Insert a USB stick, then press &quot;Refresh locations&quot;. You can print at any time.</translation>
    </message>
    <message>
        <source>USB メモリなど：{name}（{folder}）</source>
        <translation>USB stick, etc.: {name} ({folder})</translation>
    </message>
    <message>
        <source>ハローワークの保存用フォルダー（ログアウトすると削除されます）</source>
        <translation>HelloWork save folder (deleted when you log out)</translation>
    </message>
    <message>
        <source>ファイル名：{name}</source>
        <translation>File name: {name}</translation>
    </message>
    <message>
        <source>保存先</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>場所を更新</source>
        <translation>Refresh locations</translation>
    </message>
    <message>
        <source>保存する</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>この場所には保存できません。別の場所を選んでください。</source>
        <translation>You cannot save here. Choose another location.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで開かれています。別の場所か別の名前を選んでください。</source>
        <translation>Could not save the PDF. You cannot save here, or a file with the same name is open in another app. Choose another location or name.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。</source>
        <translation>Could not save the PDF. There is not enough free space. Choose another location.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。</source>
        <translation>Could not save the PDF. The folder was not found. Choose another location.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでもう一度お試しください。</source>
        <translation>Could not save the PDF. Choose another location and try again.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように入力してください。</source>
        <translation>Enter the year and month like &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>始め（年月）</source>
        <translation>Start (year/month)</translation>
    </message>
    <message>
        <source>終わり（年月）</source>
        <translation>End (year/month)</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>始め</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>終わり</source>
        <translation>End</translation>
    </message>
    <message>
        <source>{n}行目の</source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <source>{n}行目を削除</source>
        <translation>Delete row {n}</translation>
    </message>
    <message>
        <source>学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。</source>
        <translation>Enter your education and work history, oldest first (up to {max} rows each).</translation>
    </message>
    <message>
        <source>学校名・学部・学科、卒業・中退など</source>
        <translation>School, faculty, department; graduated, left, etc.</translation>
    </message>
    <message>
        <source>在学中の場合、終わりは空欄にしてください。</source>
        <translation>If you are still studying, leave the end blank.</translation>
    </message>
    <message>
        <source>会社名・仕事の内容</source>
        <translation>Company name and job description</translation>
    </message>
    <message>
        <source>現在お勤めの場合、終わりは空欄にしてください。</source>
        <translation>If you still work there, leave the end blank.</translation>
    </message>
    <message>
        <source>ご本人の情報を入力してください。</source>
        <translation>Enter your personal details.</translation>
    </message>
    <message>
        <source>例: 山形 太郎（姓と名の間に空白）</source>
        <translation>e.g. Taro Yamagata (space between family and given name)</translation>
    </message>
    <message>
        <source>カタカナ（ひらがなでも入力できます）&#x3000;例: ヤマガタ タロウ</source>
        <translation>Katakana (hiragana also works)&#x3000;e.g. ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>半角数字、西暦で入力してください</source>
        <translation>Half-width digits, Western year</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>選択しない</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>連絡先を入力してください。</source>
        <translation>Enter your contact details.</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください</source>
        <translation>Enter the street number, building name and room number</translation>
    </message>
    <message>
        <source>仮登録番号のお知らせと、一時保存した入力の再開に使います</source>
        <translation>Used to send your pre-registration number and to resume saved entries</translation>
    </message>
    <message>
        <source>希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Enter the conditions for the work you want. You can also change them with help at the counter.</translation>
    </message>
    <message>
        <source>例: 8:30〜17:30、午前のみ</source>
        <translation>e.g. 8:30–17:30, mornings only</translation>
    </message>
    <message>
        <source>1行に1つ&#x3000;例: 普通自動車第一種運転免許（{max}文字以内）</source>
        <translation>One per line, e.g. Regular driver&apos;s license, Class 1 (up to {max} characters)</translation>
    </message>
    <message>
        <source>障害に関する情報</source>
        <translation>Disability information</translation>
    </message>
    <message>
        <source>入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください（窓口でご相談いただくこともできます）。</source>
        <translation>This is optional. You can pre-register without it. If you would like any accommodations, enter them here (you can also discuss this at the counter).</translation>
    </message>
    <message>
        <source>（任意）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>紹介状をPDFで保存</source>
        <translation>Save referral letter as PDF</translation>
    </message>
    <message>
        <source>紹介状を印刷</source>
        <translation>Print referral letter</translation>
    </message>
    <message>
        <source>{name}を表示</source>
        <translation>Show {name}</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>If you use a HelloWork computer, always &quot;Log out&quot; when you are done.</translation>
    </message>
    <message>
        <source>【！重要！】</source>
        <translation>[! Important !]</translation>
    </message>
    <message>
        <source>{office}&#x3000;操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）</source>
        <translation>{office}&#x3000;Help with using My Page: help desk (phone: {helpdesk})</translation>
    </message>
    <message>
        <source>求職者マイページ利用者マニュアル</source>
        <translation>Job Seeker My Page user manual</translation>
    </message>
    <message>
        <source>マニュアルを表示できません。操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。</source>
        <translation>The manual cannot be shown. For help with using My Page, call the help desk (phone: {helpdesk}).</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}</source>
        <translation>Step {n}/{total}</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>ただいま処理を受け付けることができません。入力した内容はそのままです。しばらく待ってから、もう一度お試しください。</source>
        <translation>Your request cannot be accepted right now. Your entries are kept. Please wait a while and try again.</translation>
    </message>
    <message>
        <source>ステップ1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <source>マイページ利用規約等の同意</source>
        <translation>Agree to the My Page Terms of Use, etc.</translation>
    </message>
    <message>
        <source>ステップ2</source>
        <translation>Step 2</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード登録申込）</source>
        <translation>Enter e-mail address (password setup request)</translation>
    </message>
    <message>
        <source>メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが届きます。</source>
        <translation>When you enter your e-mail address, a &quot;Password setup request received&quot; e-mail is sent to it.</translation>
    </message>
    <message>
        <source>ステップ3</source>
        <translation>Step 3</translation>
    </message>
    <message>
        <source>パスワードの登録</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。</source>
        <translation>Enter a password and the &quot;access key&quot; from the &quot;Password setup request received&quot; e-mail.</translation>
    </message>
    <message>
        <source>（メール配信から{minutes}分以内）</source>
        <translation>(within {minutes} minutes of the e-mail)</translation>
    </message>
    <message>
        <source>ステップ4</source>
        <translation>Step 4</translation>
    </message>
    <message>
        <source>求職者マイページアカウント登録完了、求職者マイページの開設</source>
        <translation>Account registered, My Page (求職者マイページ) opened</translation>
    </message>
    <message>
        <source>求職者マイページの各種メニューをご利用いただけるようになります。</source>
        <translation>You can now use all My Page menus.</translation>
    </message>
    <message>
        <source>求職者マイページ利用規約確認</source>
        <translation>My Page Terms of Use</translation>
    </message>
    <message>
        <source>このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを完了している方が、求職者マイページを開設するためのページです。</source>
        <translation>This page is for people who have completed job seeker registration and account (e-mail address) registration at the HelloWork counter (窓口), to open their Job Seeker My Page (求職者マイページ).</translation>
    </message>
    <message>
        <source>●求職者マイページ開設手順</source>
        <translation>● How to open My Page</translation>
    </message>
    <message>
        <source>マイページ利用規約等の確認・同意</source>
        <translation>Check and agree to the My Page Terms of Use, etc.</translation>
    </message>
    <message>
        <source>プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。</source>
        <translation>Read the Privacy Policy and the My Page Terms of Use, then click &quot;Next&quot;.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意します。</source>
        <translation>I agree to the &quot;Privacy Policy&quot; and the &quot;My Page Terms of Use&quot;.</translation>
    </message>
    <message>
        <source>必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。
それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。</source>
        <translation>Please read the &quot;Privacy Policy&quot; and the &quot;My Page Terms of Use&quot;.
After you scroll to the end of each, you can check &quot;I agree&quot;.</translation>
    </message>
    <message>
        <source>まだ最後までご覧いただいていない文書：{titles}</source>
        <translation>Documents not yet read to the end: {titles}</translation>
    </message>
    <message>
        <source>同意いただきました。「次へ進む」ボタンをクリックしてください。</source>
        <translation>Thank you for agreeing. Click &quot;Next&quot;.</translation>
    </message>
    <message>
        <source>両方の文書を最後までご確認いただきました。「同意します」にチェックできます。</source>
        <translation>You have read both documents to the end. You can now check &quot;I agree&quot;.</translation>
    </message>
    <message>
        <source>パスワード再設定完了</source>
        <translation>Password reset complete</translation>
    </message>
    <message>
        <source>パスワード登録完了</source>
        <translation>Password setup complete</translation>
    </message>
    <message>
        <source>パスワードの再設定が完了しました</source>
        <translation>Your password has been reset</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードでログインしてください。</source>
        <translation>Click &quot;Go to login&quot; and log in with your registered e-mail address and new password.</translation>
    </message>
    <message>
        <source>安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。</source>
        <translation>For safety, you were logged out everywhere else you were logged in (other computers, etc.).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。</source>
        <translation>A &quot;Password reset notice&quot; e-mail was sent to your registered e-mail address.</translation>
    </message>
    <message>
        <source>マイページ開設完了</source>
        <translation>My Page opened</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、各種サービスをご利用ください。</source>
        <translation>Click &quot;Go to login&quot;, log in with your registered e-mail address and password, and start using the services.</translation>
    </message>
    <message>
        <source>求職者マイページの開設が完了し、求職者マイページの各種メニューをご利用いただけるようになりました。</source>
        <translation>Your Job Seeker My Page is now open, and you can use all its menus.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。</source>
        <translation>A &quot;Password setup complete&quot; e-mail was sent to your registered e-mail address.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。</source>
        <translation>Full-width letters, numbers and symbols in your password were converted to half-width and saved. Enter them in half-width when you log in (full-width input is treated as the same password).</translation>
    </message>
    <message>
        <source>【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>[! Important !] If you use a HelloWork computer, always &quot;Log out&quot; when you are done.</translation>
    </message>
    <message>
        <source>※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください（下のボタンで開きます）。</source>
        <translation>* For how to use My Page, see the &quot;Job Seeker My Page user manual&quot; (open it with the button below).</translation>
    </message>
    <message>
        <source>利用者マニュアルを開く</source>
        <translation>Open user manual</translation>
    </message>
    <message>
        <source>ヘルプデスク(電話：{number})でも操作方法をご案内しております。</source>
        <translation>The help desk (phone: {number}) can also help you use My Page.</translation>
    </message>
    <message>
        <source>※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。</source>
        <translation>* If you forgot your registered e-mail address, please bring an ID document to the counter (窓口).</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード再設定申込）</source>
        <translation>Enter e-mail address (password reset request)</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。</source>
        <translation>Enter the e-mail address you registered at the HelloWork counter and your date of birth.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。</source>
        <translation>A &quot;Password reset request received&quot; e-mail will be sent to the address you entered.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。</source>
        <translation>A &quot;Password setup request received&quot; e-mail will be sent to the address you entered.</translation>
    </message>
    <message>
        <source>メール受信制限をされている方は{sender}からのメール受信を許可してください。</source>
        <translation>If you restrict incoming e-mail, allow mail from {sender}.</translation>
    </message>
    <message>
        <source>半角英数字100文字以内</source>
        <translation>Up to 100 half-width characters</translation>
    </message>
    <message>
        <source>半角数字 西暦で入力してください</source>
        <translation>Half-width digits, Western year</translation>
    </message>
    <message>
        <source>※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。</source>
        <translation>* An e-mail with an &quot;access key&quot; will be sent to the address you entered.</translation>
    </message>
    <message>
        <source>（{version}版）</source>
        <translation>(version {version})</translation>
    </message>
    <message>
        <source>最後まで確認済み</source>
        <translation>Read to the end</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>求職者マイページの開設</source>
        <translation>Open My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>ログイン画面へ進む</source>
        <translation>Go to login</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。パスワードの再設定を中止しますか？</source>
        <translation>Your entries will be discarded. Cancel the password reset?</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。求職者マイページの開設を中止しますか？</source>
        <translation>Your entries will be discarded. Cancel opening My Page?</translation>
    </message>
    <message>
        <source>中止する</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>新しいパスワードの登録</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>パスワード再設定申込受付通知</source>
        <translation>Password reset request received</translation>
    </message>
    <message>
        <source>パスワード登録申込受付通知</source>
        <translation>Password setup request received</translation>
    </message>
    <message>
        <source>パスワード再設定申込を受け付けました。</source>
        <translation>Your password reset request was received.</translation>
    </message>
    <message>
        <source>パスワード登録申込を受け付けました。</source>
        <translation>Your password setup request was received.</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に「{mail}」メールをお送りしました。</source>
        <translation>If the e-mail address and date of birth you registered at the HelloWork counter were confirmed, a &quot;{mail}&quot; e-mail was sent to that address.</translation>
    </message>
    <message>
        <source>メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、「完了」ボタンをクリックしてください。</source>
        <translation>Check the &quot;access key&quot; in the e-mail, enter your password and the access key, then click &quot;Finish&quot;.</translation>
    </message>
    <message>
        <source>登録するパスワード</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>登録するパスワード（確認用）</source>
        <translation>New password (confirm)</translation>
    </message>
    <message>
        <source>はじめからやり直す</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）</source>
        <translation>Access key: the access key in the &quot;{mail}&quot; e-mail (valid for {minutes} minutes after sending)</translation>
    </message>
    <message>
        <source>しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。メール受信制限をしている方は、{sender} からのメール受信を許可し、はじめから{what}をやり直してください。</source>
        <translation>If the e-mail does not arrive after a while, check that your e-mail address is correct. If you restrict incoming e-mail, allow mail from {sender} and start the {what} again from the beginning.</translation>
    </message>
    <message>
        <source>言語(&amp;G)</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 {hh}時{mm:02d}分</source>
        <translation>{m}/{d}/{y} {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>原文（日本語）：こちらが正式な内容です</source>
        <translation>Original (Japanese): this is the official text</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
</TS>
