<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>応募済</source>
        <translation>Nag-apply na</translation>
    </message>
    <message>
        <source>書類選考中</source>
        <translation>Sinusuri ang dokumento</translation>
    </message>
    <message>
        <source>面接予定</source>
        <translation>May interview</translation>
    </message>
    <message>
        <source>選考中</source>
        <translation>Sinusuri</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Tanggap</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Hindi tanggap</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Umatras</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>紹介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>オンライン自主応募</source>
        <translation>Sariling online na pag-apply (オンライン自主応募)</translation>
    </message>
    <message>
        <source>ご本人</source>
        <translation>Kayo mismo</translation>
    </message>
    <message>
        <source>ハローワーク</source>
        <translation>HelloWork (ハローワーク)</translation>
    </message>
    <message>
        <source>事業所</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Bigo ang login</translation>
    </message>
    <message>
        <source>アカウントロック</source>
        <translation>Naka-lock ang account</translation>
    </message>
    <message>
        <source>ログアウト</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>セッション終了（無操作・期限）</source>
        <translation>Natapos ang session (walang galaw/nag-expire)</translation>
    </message>
    <message>
        <source>前回のセッションの無効化</source>
        <translation>Pinawalang-bisa ang nakaraang session</translation>
    </message>
    <message>
        <source>認証キー申込（開設）</source>
        <translation>Hiling ng authentication key (pagbukas)</translation>
    </message>
    <message>
        <source>認証キー申込（再設定）</source>
        <translation>Hiling ng authentication key (pag-reset)</translation>
    </message>
    <message>
        <source>認証キー不一致</source>
        <translation>Mali ang authentication key</translation>
    </message>
    <message>
        <source>パスワード登録</source>
        <translation>Pagrehistro ng password</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Pag-reset ng password</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Pagpalit ng password</translation>
    </message>
    <message>
        <source>パスワード変更失敗</source>
        <translation>Bigo ang pagpalit ng password</translation>
    </message>
    <message>
        <source>求職登録</source>
        <translation>Pagrehistro bilang job seeker</translation>
    </message>
    <message>
        <source>職員アカウント作成</source>
        <translation>Paggawa ng staff account</translation>
    </message>
    <message>
        <source>職員ログイン</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>職員ログイン失敗</source>
        <translation>Bigo ang staff login</translation>
    </message>
    <message>
        <source>職員アカウントロック</source>
        <translation>Naka-lock ang staff account</translation>
    </message>
    <message>
        <source>職員ログアウト</source>
        <translation>Staff logout</translation>
    </message>
    <message>
        <source>職員パスワード変更</source>
        <translation>Pagpalit ng staff password</translation>
    </message>
    <message>
        <source>職員パスワード再発行</source>
        <translation>Bagong staff password</translation>
    </message>
    <message>
        <source>職員再認証</source>
        <translation>Muling beripikasyon ng staff</translation>
    </message>
    <message>
        <source>職員再認証失敗</source>
        <translation>Bigo ang muling beripikasyon ng staff</translation>
    </message>
    <message>
        <source>職員パスワード変更失敗</source>
        <translation>Bigo ang pagpalit ng staff password</translation>
    </message>
    <message>
        <source>求職者検索</source>
        <translation>Paghahanap ng job seeker</translation>
    </message>
    <message>
        <source>求職者情報の表示</source>
        <translation>Pagtingin sa impormasyon ng job seeker</translation>
    </message>
    <message>
        <source>ログインID変更</source>
        <translation>Pagpalit ng login ID</translation>
    </message>
    <message>
        <source>ログインID登録</source>
        <translation>Pagrehistro ng login ID</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Pag-unlock</translation>
    </message>
    <message>
        <source>認証キー無効化</source>
        <translation>Pagpawalang-bisa ng authentication key</translation>
    </message>
    <message>
        <source>パスワード再設定の開始（窓口）</source>
        <translation>Pagsimula ng pag-reset ng password (counter)</translation>
    </message>
    <message>
        <source>求職者セッションの終了（窓口）</source>
        <translation>Pagtapos ng session ng job seeker (counter)</translation>
    </message>
    <message>
        <source>監査ログの閲覧</source>
        <translation>Pagtingin sa audit log</translation>
    </message>
    <message>
        <source>アクセス拒否</source>
        <translation>Tinanggihan ang access</translation>
    </message>
    <message>
        <source>紹介状の発行</source>
        <translation>Pag-isyu ng referral letter (紹介状)</translation>
    </message>
    <message>
        <source>応募状況の記録</source>
        <translation>Pagtala ng status ng aplikasyon</translation>
    </message>
    <message>
        <source>応募の辞退</source>
        <translation>Pag-atras sa aplikasyon</translation>
    </message>
    <message>
        <source>メッセージ送信</source>
        <translation>Pagpapadala ng mensahe</translation>
    </message>
    <message>
        <source>お知らせの送信</source>
        <translation>Pagpapadala ng abiso</translation>
    </message>
    <message>
        <source>求職登録の期限切れ</source>
        <translation>Nag-expire ang rehistro bilang job seeker</translation>
    </message>
    <message>
        <source>求職登録の延長</source>
        <translation>Pagpapahaba ng rehistro bilang job seeker</translation>
    </message>
    <message>
        <source>有効への切り替え</source>
        <translation>Paglipat sa Aktibo</translation>
    </message>
    <message>
        <source>求職状態を無効に変更</source>
        <translation>Ginawang Hindi aktibo ang status</translation>
    </message>
    <message>
        <source>事業所からの応募状況</source>
        <translation>Status ng aplikasyon mula sa employer</translation>
    </message>
    <message>
        <source>事業所からの直接リクエスト</source>
        <translation>Direktang request (直接リクエスト) mula sa employer</translation>
    </message>
    <message>
        <source>求職情報の公開</source>
        <translation>Pag-publish ng profile</translation>
    </message>
    <message>
        <source>公開中の求職情報の更新</source>
        <translation>Pag-update ng naka-publish na profile</translation>
    </message>
    <message>
        <source>求職情報の公開の取り下げ</source>
        <translation>Pag-alis ng naka-publish na profile</translation>
    </message>
    <message>
        <source>直接リクエストへの応募</source>
        <translation>Pag-apply sa direktang request</translation>
    </message>
    <message>
        <source>直接リクエストの辞退</source>
        <translation>Pagtanggi sa direktang request</translation>
    </message>
    <message>
        <source>事業所からのメッセージ</source>
        <translation>Mensahe mula sa employer</translation>
    </message>
    <message>
        <source>求職状態を有効に変更</source>
        <translation>Ginawang Aktibo ang status</translation>
    </message>
    <message>
        <source>端末登録の申請</source>
        <translation>Hiling na irehistro ang terminal</translation>
    </message>
    <message>
        <source>端末登録の承認</source>
        <translation>Pag-apruba sa terminal</translation>
    </message>
    <message>
        <source>端末登録コードの誤り</source>
        <translation>Mali ang registration code ng terminal</translation>
    </message>
    <message>
        <source>端末への証明書の受け渡し</source>
        <translation>Pagbigay ng certificate sa terminal</translation>
    </message>
    <message>
        <source>端末の登録取消</source>
        <translation>Pagkansela ng rehistro ng terminal</translation>
    </message>
    <message>
        <source>別の端末からのセッション利用（拒否）</source>
        <translation>Session mula sa ibang terminal (tinanggihan)</translation>
    </message>
    <message>
        <source>仮登録の一時保存（新規）</source>
        <translation>Pansamantalang pag-save ng pansamantalang rehistro (仮登録) (bago)</translation>
    </message>
    <message>
        <source>仮登録の一時保存</source>
        <translation>Pansamantalang pag-save ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の再開キー申込</source>
        <translation>Hiling ng key para ituloy ang pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の再開キー不一致</source>
        <translation>Mali ang key para ituloy ang pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の再開</source>
        <translation>Pagtuloy ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の送信</source>
        <translation>Pagpadala ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の送信（一時保存なし）</source>
        <translation>Pagpadala ng pansamantalang rehistro (仮登録) (walang pansamantalang save)</translation>
    </message>
    <message>
        <source>仮登録の検索</source>
        <translation>Paghahanap ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の閲覧</source>
        <translation>Pagtingin sa pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の訂正</source>
        <translation>Pagwasto ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>本登録（仮登録から）</source>
        <translation>Pormal na rehistro (本登録) mula sa 仮登録</translation>
    </message>
    <message>
        <source>期限切れ仮登録の削除</source>
        <translation>Pagbura ng nag-expire na pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>応募書類の登録</source>
        <translation>Pagrehistro ng dokumento ng aplikasyon</translation>
    </message>
    <message>
        <source>応募書類の閲覧（職員）</source>
        <translation>Pagtingin sa dokumento ng aplikasyon (staff)</translation>
    </message>
    <message>
        <source>応募内容の閲覧（職員）</source>
        <translation>Pagtingin sa nilalaman ng aplikasyon (staff)</translation>
    </message>
    <message>
        <source>応募の書き出し（事業所向け）</source>
        <translation>Pag-export ng aplikasyon (para sa employer)</translation>
    </message>
    <message>
        <source>連絡先の変更（本人）</source>
        <translation>Pagpalit ng contact (ng sarili)</translation>
    </message>
    <message>
        <source>希望条件の変更（本人）</source>
        <translation>Pagpalit ng gustong kondisyon (ng sarili)</translation>
    </message>
    <message>
        <source>求職情報提供への同意</source>
        <translation>Pagsang-ayon sa pagbabahagi ng impormasyon (求職情報提供)</translation>
    </message>
    <message>
        <source>求職情報提供の同意取り消し</source>
        <translation>Pagbawi ng pagsang-ayon sa pagbabahagi ng impormasyon (求職情報提供)</translation>
    </message>
    <message>
        <source>本人による変更履歴の閲覧（職員）</source>
        <translation>Pagtingin sa kasaysayan ng pagbabago ng user (staff)</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Tagumpay</translation>
    </message>
    <message>
        <source>失敗</source>
        <translation>Bigo</translation>
    </message>
    <message>
        <source>拒否</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>ロック</source>
        <translation>Naka-lock</translation>
    </message>
    <message>
        <source>ロックなし</source>
        <translation>Hindi naka-lock</translation>
    </message>
    <message>
        <source>認証キー発行</source>
        <translation>Naisyu ang authentication key</translation>
    </message>
    <message>
        <source>開設済み（お知らせを送信）</source>
        <translation>Nabuksan na (naipadala ang abiso)</translation>
    </message>
    <message>
        <source>未開設</source>
        <translation>Hindi pa nabubuksan</translation>
    </message>
    <message>
        <source>登録内容と不一致</source>
        <translation>Hindi tugma sa rehistro</translation>
    </message>
    <message>
        <source>回数制限</source>
        <translation>Limitasyon sa dami ng subok</translation>
    </message>
    <message>
        <source>端末の回数制限</source>
        <translation>Limitasyon ng terminal</translation>
    </message>
    <message>
        <source>認証キー誤り</source>
        <translation>Mali ang authentication key</translation>
    </message>
    <message>
        <source>認証キー無効化（誤り回数超過）</source>
        <translation>Pinawalang-bisa ang authentication key (sobra ang mali)</translation>
    </message>
    <message>
        <source>認証キー期限切れ・使用済み</source>
        <translation>Nag-expire o nagamit na ang authentication key</translation>
    </message>
    <message>
        <source>現在のパスワード誤り</source>
        <translation>Mali ang kasalukuyang password</translation>
    </message>
    <message>
        <source>前回の残り</source>
        <translation>Natira mula sa nakaraan</translation>
    </message>
    <message>
        <source>無操作</source>
        <translation>Walang galaw</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Nag-expire</translation>
    </message>
    <message>
        <source>別の端末でログイン</source>
        <translation>Nag-login sa ibang terminal</translation>
    </message>
    <message>
        <source>メールアドレス変更</source>
        <translation>Pagpalit ng email address</translation>
    </message>
    <message>
        <source>職員が終了</source>
        <translation>Tinapos ng staff</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Natapos</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <source>失敗の上限（再設定・解除が必要）</source>
        <translation>Abot sa limitasyon ng mali (kailangang i-reset/i-unlock)</translation>
    </message>
    <message>
        <source>利用者用端末</source>
        <translation>Terminal ng user</translation>
    </message>
    <message>
        <source>窓口端末</source>
        <translation>Counter terminal (窓口)</translation>
    </message>
    <message>
        <source>職員端末</source>
        <translation>Staff terminal</translation>
    </message>
    <message>
        <source>求職番号</source>
        <translation>Numero ng job seeker (求職番号)</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>フリガナ・生年月日</source>
        <translation>Furigana at petsa ng kapanganakan</translation>
    </message>
    <message>
        <source>履歴書</source>
        <translation>Resume (履歴書)</translation>
    </message>
    <message>
        <source>職務経歴書</source>
        <translation>Work history (職務経歴書)</translation>
    </message>
    <message>
        <source>「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。</source>
        <translation>Kapag sumang-ayon kayo sa &quot;Pagbabahagi ng impormasyon (求職情報提供)&quot;, ibabahagi ng HelloWork ang inyong nakarehistrong impormasyon sa lokal na pamahalaan at sa mga job placement agency (pribadong recruitment agency, atbp.). Maaari kayong makatanggap mula sa kanila ng mga bakanteng trabaho na bagay sa inyo.</translation>
    </message>
    <message>
        <source>・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。</source>
        <translation>・Ibabahagi: gustong trabaho, lugar, sahod, edad, lisensya, karanasan sa trabaho, atbp.</translation>
    </message>
    <message>
        <source>・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、ハローワークを通じてお知らせします。</source>
        <translation>・Hindi ibabahagi: pangalan, address, telepono, email at iba pang contact. Kung gusto kayong kontakin ng tumanggap, ipapaalam ito sa inyo ng HelloWork.</translation>
    </message>
    <message>
        <source>・同意はいつでも取り消せます。取り消した後は新たに提供しません。</source>
        <translation>・Maaari ninyong bawiin ang pagsang-ayon anumang oras. Pagkatapos nito, wala nang ibabahagi.</translation>
    </message>
    <message>
        <source>・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。</source>
        <translation>・Habang &quot;Hindi aktibo&quot; ang inyong status, hindi kayo makakasang-ayon muli (pero maaari ninyong bawiin).</translation>
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
        <translation>Regular (may kapansanan)</translation>
    </message>
    <message>
        <source>パート（障害者）</source>
        <translation>Part-time (may kapansanan)</translation>
    </message>
    <message>
        <source>新卒・既卒</source>
        <translation>Bagong graduate</translation>
    </message>
    <message>
        <source>季節</source>
        <translation>Pana-panahon</translation>
    </message>
    <message>
        <source>出稼ぎ</source>
        <translation>Trabahong malayo sa bahay</translation>
    </message>
    <message>
        <source>正社員</source>
        <translation>Regular na empleyado</translation>
    </message>
    <message>
        <source>正社員以外</source>
        <translation>Hindi regular na empleyado</translation>
    </message>
    <message>
        <source>有期雇用派遣労働者</source>
        <translation>Dispatch worker (may takdang panahon)</translation>
    </message>
    <message>
        <source>無期雇用派遣労働者</source>
        <translation>Dispatch worker (walang takdang panahon)</translation>
    </message>
    <message>
        <source>パート労働者</source>
        <translation>Part-time worker</translation>
    </message>
    <message>
        <source>月給</source>
        <translation>Buwanang sahod</translation>
    </message>
    <message>
        <source>日給</source>
        <translation>Arawang sahod</translation>
    </message>
    <message>
        <source>時給</source>
        <translation>Bawat oras</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>希望条件</source>
        <translation>Gustong kondisyon</translation>
    </message>
    <message>
        <source>求職情報提供：提供する</source>
        <translation>Pagbabahagi ng impormasyon: Oo</translation>
    </message>
    <message>
        <source>求職情報提供：提供しない</source>
        <translation>Pagbabahagi ng impormasyon: Hindi</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>希望職種</source>
        <translation>Gustong trabaho</translation>
    </message>
    <message>
        <source>希望勤務地</source>
        <translation>Gustong lugar ng trabaho</translation>
    </message>
    <message>
        <source>希望賃金</source>
        <translation>Gustong sahod</translation>
    </message>
    <message>
        <source>求職情報提供</source>
        <translation>Pagbabahagi ng impormasyon (求職情報提供)</translation>
    </message>
    <message>
        <source>ハローワークの利用者用端末</source>
        <translation>Terminal ng user sa HelloWork</translation>
    </message>
    <message>
        <source>ハローワークの窓口端末</source>
        <translation>Counter terminal sa HelloWork</translation>
    </message>
    <message>
        <source>ご自身のパソコンなど</source>
        <translation>Sariling computer, atbp.</translation>
    </message>
    <message>
        <source>一時保存中</source>
        <translation>Pansamantalang naka-save</translation>
    </message>
    <message>
        <source>オンライン登録者</source>
        <translation>Nagrehistro online</translation>
    </message>
    <message>
        <source>本登録済</source>
        <translation>Pormal na nakarehistro (本登録)</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>回答しない</source>
        <translation>Ayaw sumagot</translation>
    </message>
    <message>
        <source>正社員以外（契約社員・嘱託など）</source>
        <translation>Hindi regular (kontrata, atbp.)</translation>
    </message>
    <message>
        <source>パートタイム</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>どれでもよい</source>
        <translation>Kahit ano</translation>
    </message>
    <message>
        <source>仮登録番号（この画面またはメールに記載の番号）</source>
        <translation>Numero ng pansamantalang rehistro (仮登録) (nasa screen na ito o sa email)</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード、運転免許証、在留カードなど）</source>
        <translation>ID (My Number card, lisensya sa pagmamaneho, residence card, atbp.)</translation>
    </message>
    <message>
        <source>雇用保険の離職票（お持ちの方）</source>
        <translation>Separation slip ng employment insurance (雇用保険) (kung mayroon)</translation>
    </message>
    <message>
        <source>応募</source>
        <translation>Mag-apply</translation>
    </message>
    <message>
        <source>ID（メールアドレス）を入力してください。</source>
        <translation>Ilagay ang ID (email address).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に使用できない制御文字が含まれています。</source>
        <translation>May control character sa ID (email address) na hindi puwede.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。半角英数字で入力してください。</source>
        <translation>May full-width na character (hiragana, kanji, atbp.) sa ID (email address). Gumamit ng half-width na letra at numero.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に空白が含まれています。空白を取り除いてください。</source>
        <translation>May espasyo sa ID (email address). Alisin ang espasyo.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Ilagay ang ID (email address) sa hanggang {max} half-width na character (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。</source>
        <translation>Mali ang format ng ID (email address). Isama ang &quot;@&quot;.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。</source>
        <translation>Hanggang {max} character lamang bago ang &quot;@&quot; sa ID (email address).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp</source>
        <translation>Mali ang format ng ID (email address). Halimbawa: hellowork@example.jp</translation>
    </message>
    <message>
        <source>生年月日の「年」を入力してください。</source>
        <translation>Ilagay ang &quot;taon&quot; ng kapanganakan.</translation>
    </message>
    <message>
        <source>生年月日の「月」を入力してください。</source>
        <translation>Ilagay ang &quot;buwan&quot; ng kapanganakan.</translation>
    </message>
    <message>
        <source>生年月日の「日」を入力してください。</source>
        <translation>Ilagay ang &quot;araw&quot; ng kapanganakan.</translation>
    </message>
    <message>
        <source>生年月日は和暦ではなく西暦で入力してください（例: 1980）。</source>
        <translation>Ilagay ang kapanganakan sa Western calendar, hindi Japanese era (hal.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁の半角数字で入力してください（例: 1980）。</source>
        <translation>Ilagay ang &quot;taon&quot; bilang 4 na half-width na numero (hal.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁で入力してください（例: 1980）。</source>
        <translation>Ilagay ang &quot;taon&quot; bilang 4 na numero (hal.: 1980).</translation>
    </message>
    <message>
        <source>「月」は半角数字で入力してください（1〜12）。</source>
        <translation>Ilagay ang &quot;buwan&quot; bilang half-width na numero (1–12).</translation>
    </message>
    <message>
        <source>「日」は半角数字で入力してください（1〜31）。</source>
        <translation>Ilagay ang &quot;araw&quot; bilang half-width na numero (1–31).</translation>
    </message>
    <message>
        <source>「年」は{min}年から{max}年までの西暦で入力してください。</source>
        <translation>Ilagay ang &quot;taon&quot; mula {min} hanggang {max}.</translation>
    </message>
    <message>
        <source>「月」は1から12までの数字で入力してください。</source>
        <translation>Ilagay ang &quot;buwan&quot; bilang numero mula 1 hanggang 12.</translation>
    </message>
    <message>
        <source>「日」は1から31までの数字で入力してください。</source>
        <translation>Ilagay ang &quot;araw&quot; bilang numero mula 1 hanggang 31.</translation>
    </message>
    <message>
        <source>存在しない日付です。生年月日を確認してください。</source>
        <translation>Walang ganitong petsa. Suriin ang petsa ng kapanganakan.</translation>
    </message>
    <message>
        <source>生年月日に未来の日付は入力できません。</source>
        <translation>Hindi puwedeng petsa sa hinaharap ang kapanganakan.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Ilagay ang password.</translation>
    </message>
    <message>
        <source>パスワードに空白（スペース）は使用できません。</source>
        <translation>Hindi puwede ang espasyo sa password.</translation>
    </message>
    <message>
        <source>パスワードに全角文字（ひらがな・漢字など）が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>May full-width na character (hiragana, kanji, atbp.) sa password. Gumamit ng half-width na letra, numero at simbolo.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。</source>
        <translation>May character sa password na hindi puwede (letrang may tuldik gaya ng &quot;é&quot;, letrang Griyego, atbp.). Gumamit ng half-width na letra (a–z, A–Z), numero at simbolo.</translation>
    </message>
    <message>
        <source>パスワードに絵文字などの使用できない文字が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>May emoji o ibang character sa password na hindi puwede. Gumamit ng half-width na letra, numero at simbolo.</translation>
    </message>
    <message>
        <source>パスワードは{min}桁以上で入力してください（現在{length}桁）。</source>
        <translation>Dapat {min} character o higit pa ang password (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>パスワードは{max}桁以内で入力してください（現在{length}桁）。</source>
        <translation>Hanggang {max} character lamang ang password (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>パスワードに半角英字を1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na letra sa password.</translation>
    </message>
    <message>
        <source>パスワードに半角数字を1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na numero sa password.</translation>
    </message>
    <message>
        <source>パスワードに半角記号（!、#、% など）を1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na simbolo (!, #, %, atbp.) sa password.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na letra at 1 numero sa password.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na letra at 1 simbolo sa password.</translation>
    </message>
    <message>
        <source>パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Maglagay ng kahit 1 half-width na numero at 1 simbolo sa password.</translation>
    </message>
    <message>
        <source>メールアドレス、生年月日、求職番号を含むパスワードは登録できません。</source>
        <translation>Hindi puwede ang password na may email address, petsa ng kapanganakan o numero ng job seeker.</translation>
    </message>
    <message>
        <source>このパスワードはよく使われていて推測されやすいため登録できません。別のパスワードにしてください。</source>
        <translation>Madalas gamitin at madaling hulaan ang password na ito, kaya hindi ito puwede. Pumili ng ibang password.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。同じパスワードを入力してください。</source>
        <translation>Hindi tugma ang password sa pagkumpirma. Ilagay ang parehong password.</translation>
    </message>
    <message>
        <source>認証キーを入力してください。</source>
        <translation>Ilagay ang authentication key.</translation>
    </message>
    <message>
        <source>認証キーはメールに記載の{length}桁の半角数字で入力してください。</source>
        <translation>Ilagay ang authentication key: {length} na half-width na numero na nasa email.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。</source>
        <translation>Mali o nag-expire ang authentication key. Suriin ang key sa email, o ulitin ang pagrehistro ng password mula sa simula.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。</source>
        <translation>Mali o nag-expire ang authentication key. Suriin ang key sa email, o ulitin ang pag-reset ng password mula sa simula.</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Pakilagay.</translation>
    </message>
    <message>
        <source>使用できない文字が含まれています。</source>
        <translation>May character na hindi puwede.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください。</source>
        <translation>Hanggang {max} character lamang.</translation>
    </message>
    <message>
        <source>フリガナはカタカナかひらがなで入力してください。</source>
        <translation>Ilagay ang basa ng pangalan (フリガナ) sa katakana o hiragana.</translation>
    </message>
    <message>
        <source>メールアドレスまたはパスワードが正しくありません。</source>
        <translation>Mali ang email address o password.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Naabot na ang limitasyon ng maling password, kaya hindi na makakapag-login sa ID na ito. I-reset ang password sa &quot;Nakalimutan ang password&quot;, o magtanong sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>選ばれた言語には対応していません。画面の言語を選び直してください。</source>
        <translation>Hindi suportado ang napiling wika. Pakipiling muli ang wika ng screen.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意してください。</source>
        <translation>Sumang-ayon sa &quot;Privacy Policy&quot; at &quot;Mga tuntunin ng My Page&quot;.</translation>
    </message>
    <message>
        <source>このメールアドレスは既に別の方のログインIDとして登録されています。</source>
        <translation>Nakarehistro na ang email address na ito bilang login ID ng ibang tao.</translation>
    </message>
    <message>
        <source>該当する求職者が見つかりません。</source>
        <translation>Walang nakitang job seeker.</translation>
    </message>
    <message>
        <source>職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。</source>
        <translation>Ang staff ID ay 3–40 character: maliit na letra, numero, &quot;.&quot;, &quot;_&quot; o &quot;-&quot; (half-width).</translation>
    </message>
    <message>
        <source>この職員IDは既に使われています。</source>
        <translation>Ginagamit na ang staff ID na ito.</translation>
    </message>
    <message>
        <source>権限は「職員」または「管理者」を指定してください。</source>
        <translation>Piliin ang papel: &quot;Staff&quot; o &quot;Administrator&quot;.</translation>
    </message>
    <message>
        <source>電話番号は半角数字とハイフンで入力してください。</source>
        <translation>Ilagay ang telepono sa half-width na numero at gitling.</translation>
    </message>
    <message>
        <source>フリーワードは{max}文字以内で入力してください。</source>
        <translation>Hanggang {max} character lamang ang keyword.</translation>
    </message>
    <message>
        <source>フリーワードに使用できない文字が含まれています。</source>
        <translation>May character sa keyword na hindi puwede.</translation>
    </message>
    <message>
        <source>フリーワードは{max}語以内で入力してください。</source>
        <translation>Hanggang {max} salita lamang ang keyword.</translation>
    </message>
    <message>
        <source>フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。</source>
        <translation>Walang mahahanap na character (kanji, kana, letra, numero) sa keyword.</translation>
    </message>
    <message>
        <source>求人区分の指定が正しくありません。</source>
        <translation>Mali ang uri ng bakante.</translation>
    </message>
    <message>
        <source>都道府県の指定が正しくありません。</source>
        <translation>Mali ang prefecture.</translation>
    </message>
    <message>
        <source>賃金は半角数字で入力してください（例: 180000）。</source>
        <translation>Ilagay ang sahod sa half-width na numero (hal.: 180000).</translation>
    </message>
    <message>
        <source>雇用形態の指定が正しくありません。</source>
        <translation>Mali ang uri ng trabaho.</translation>
    </message>
    <message>
        <source>受付日の範囲は1〜365日で指定してください。</source>
        <translation>Ang petsa ng pagtanggap ay dapat 1–365 araw.</translation>
    </message>
    <message>
        <source>求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Ilagay ang numero ng bakante bilang &quot;5-8&quot; na digit (hal.: 06010-12345678).</translation>
    </message>
    <message>
        <source>事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。</source>
        <translation>Ilagay ang numero ng employer bilang 11 digit na &quot;4-6-1&quot; (hal.: 0601-234567-2). Hindi puwede ang numerong mali ang huling digit (check digit).</translation>
    </message>
    <message>
        <source>条件の名前を入力してください。</source>
        <translation>Ilagay ang pangalan ng kondisyon.</translation>
    </message>
    <message>
        <source>条件の名前は{max}文字以内で入力してください。</source>
        <translation>Hanggang {max} character lamang ang pangalan ng kondisyon.</translation>
    </message>
    <message>
        <source>保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。</source>
        <translation>Hanggang {max} kondisyon lamang ang maise-save. Burahin muna ang hindi kailangan.</translation>
    </message>
    <message>
        <source>キープできる求人は{max}件までです。不要な求人をキープから外してください。</source>
        <translation>Hanggang {max} bakante lamang ang maitatabi. Alisin ang hindi kailangan.</translation>
    </message>
    <message>
        <source>この求人は見つかりません。</source>
        <translation>Hindi makita ang bakanteng ito.</translation>
    </message>
    <message>
        <source>この検索条件は見つかりません。</source>
        <translation>Hindi makita ang kondisyong ito.</translation>
    </message>
    <message>
        <source>求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。</source>
        <translation>&quot;Hindi aktibo&quot; ang inyong impormasyon, kaya hindi magagamit ang function na ito. Makikita ang rehistro sa &quot;Impormasyon at setting&quot;. Kapag maghahanap muli ng trabaho, gawing &quot;Aktibo&quot; ang status.</translation>
    </message>
    <message>
        <source>求職情報が無効になってから{days}日を超えたため、マイページから「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。</source>
        <translation>Lumipas na ang {days} araw mula nang maging hindi aktibo, kaya hindi na maibabalik sa &quot;Aktibo&quot; sa My Page. Pumunta po sa pinakamalapit na HelloWork.</translation>
    </message>
    <message>
        <source>求職状態は「有効」か「無効」を指定してください。</source>
        <translation>Piliin ang status: &quot;Aktibo&quot; o &quot;Hindi aktibo&quot;.</translation>
    </message>
    <message>
        <source>この紹介は見つかりません。</source>
        <translation>Hindi makita ang referral na ito.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため紹介できません。</source>
        <translation>Sarado na ang bakanteng ito, kaya hindi ma-refer.</translation>
    </message>
    <message>
        <source>この求職者の求職情報は「無効」のため紹介できません。先に求職登録を更新してください。</source>
        <translation>&quot;Hindi aktibo&quot; ang impormasyon ng job seeker na ito, kaya hindi ma-refer. I-renew muna ang rehistro.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください。</source>
        <translation>Hanggang {max} character lamang ang tala.</translation>
    </message>
    <message>
        <source>備考に使用できない文字が含まれています。</source>
        <translation>May character sa tala na hindi puwede.</translation>
    </message>
    <message>
        <source>求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Ilagay ang numero ng job seeker bilang &quot;5-8&quot; na digit (hal.: 06010-12345678).</translation>
    </message>
    <message>
        <source>この応募は見つかりません。</source>
        <translation>Hindi makita ang aplikasyong ito.</translation>
    </message>
    <message>
        <source>この求人には既に応募しています。同じ求人に二度応募することはできません（応募履歴をご確認ください）。</source>
        <translation>Nag-apply na kayo sa bakanteng ito. Hindi puwedeng mag-apply nang dalawang beses (tingnan ang kasaysayan ng aplikasyon).</translation>
    </message>
    <message>
        <source>この求人はオンライン自主応募を受け付けていません。応募を希望する場合は、ハローワークの窓口で紹介を受けてください。</source>
        <translation>Hindi tumatanggap ang bakanteng ito ng sariling online na pag-apply. Kung gusto ninyong mag-apply, humingi ng referral sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため応募できません。</source>
        <translation>Sarado na ang bakanteng ito, kaya hindi makakapag-apply.</translation>
    </message>
    <message>
        <source>応募状況を「{current}」から「{target}」に変更することはできません。</source>
        <translation>Hindi mapapalitan ang status mula &quot;{current}&quot; patungong &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>応募状況が「{status}」のため、辞退の手続きはできません。</source>
        <translation>&quot;{status}&quot; ang status ng aplikasyon, kaya hindi makakaatras.</translation>
    </message>
    <message>
        <source>応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・不採用・辞退・取消のいずれか）。</source>
        <translation>Hindi puwede ang status na &quot;{status}&quot; (piliin ang isa sa: Sinusuri ang dokumento, May interview, Sinusuri, Tanggap, Hindi tanggap, Umatras, Kinansela).</translation>
    </message>
    <message>
        <source>「面接予定」には面接の日時を指定してください。</source>
        <translation>Ilagay ang petsa at oras ng interview para sa &quot;May interview&quot;.</translation>
    </message>
    <message>
        <source>この応募には面接の予定が登録されていません。</source>
        <translation>Walang nakarehistrong interview sa aplikasyong ito.</translation>
    </message>
    <message>
        <source>面接日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Ilagay ang petsa at oras ng interview mula {earliest} hanggang {latest}.</translation>
    </message>
    <message>
        <source>日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Ilagay ang petsa at oras mula {earliest} hanggang {latest}.</translation>
    </message>
    <message>
        <source>この面接の日時はカレンダー（.ics）に保存できません。日時をハローワークにご確認ください。</source>
        <translation>Hindi mase-save sa kalendaryo (.ics) ang oras ng interview na ito. Itanong ang oras sa HelloWork.</translation>
    </message>
    <message>
        <source>備考を入力してください。</source>
        <translation>Ilagay ang tala.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang tala (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>備考に使用できない制御文字が含まれています。</source>
        <translation>May control character sa tala na hindi puwede.</translation>
    </message>
    <message>
        <source>面接場所を入力してください。</source>
        <translation>Ilagay ang lugar ng interview.</translation>
    </message>
    <message>
        <source>面接場所は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang lugar ng interview (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>面接場所に使用できない制御文字が含まれています。</source>
        <translation>May control character sa lugar ng interview na hindi puwede.</translation>
    </message>
    <message>
        <source>志望動機を入力してください。</source>
        <translation>Ilagay ang dahilan ng pag-apply.</translation>
    </message>
    <message>
        <source>志望動機は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang dahilan ng pag-apply (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>志望動機に使用できない制御文字が含まれています。</source>
        <translation>May control character sa dahilan ng pag-apply na hindi puwede.</translation>
    </message>
    <message>
        <source>添付できる書類は履歴書と職務経歴書の各1通までです。</source>
        <translation>Isang resume (履歴書) at isang work history (職務経歴書) lamang ang maaaring ilakip.</translation>
    </message>
    <message>
        <source>この書類は見つかりません。もう一度添付してください。</source>
        <translation>Hindi makita ang dokumentong ito. Ilakip itong muli.</translation>
    </message>
    <message>
        <source>{kind}はPDFファイルではないため添付できません。PDF形式で保存したファイルを選んでください。</source>
        <translation>Hindi PDF ang {kind}, kaya hindi mailalakip. Pumili ng file na naka-save bilang PDF.</translation>
    </message>
    <message>
        <source>{kind}のファイルが大きすぎます（{max_mb}MBまで）。</source>
        <translation>Masyadong malaki ang file ng {kind} (hanggang {max_mb} MB).</translation>
    </message>
    <message>
        <source>{kind}のファイルが空です。</source>
        <translation>Walang laman ang file ng {kind}.</translation>
    </message>
    <message>
        <source>{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。</source>
        <translation>May script o naka-embed na file ang PDF ng {kind}, kaya hindi mailalakip.</translation>
    </message>
    <message>
        <source>書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。</source>
        <translation>Hindi puwede ang uri ng dokumentong &quot;{kind}&quot; (resume o work history).</translation>
    </message>
    <message>
        <source>書類の送信が途中で途切れました。もう一度添付してください。</source>
        <translation>Naputol ang pagpapadala ng dokumento. Ilakip itong muli.</translation>
    </message>
    <message>
        <source>メッセージを入力してください。</source>
        <translation>Ilagay ang mensahe.</translation>
    </message>
    <message>
        <source>メッセージは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang mensahe (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>メッセージに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>May control character sa mensahe na hindi puwede (puwede ang bagong linya).</translation>
    </message>
    <message>
        <source>この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。</source>
        <translation>Hindi gumagamit ng &quot;My Page ng employer&quot; ang employer ng bakanteng ito, kaya hindi makakapagpadala ng mensahe mula sa My Page.</translation>
    </message>
    <message>
        <source>このお知らせは見つかりません。</source>
        <translation>Hindi makita ang abisong ito.</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Ilagay ang paksa.</translation>
    </message>
    <message>
        <source>件名は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang paksa (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>件名に使用できない制御文字が含まれています。</source>
        <translation>May control character sa paksa na hindi puwede.</translation>
    </message>
    <message>
        <source>本文を入力してください。</source>
        <translation>Ilagay ang nilalaman.</translation>
    </message>
    <message>
        <source>本文は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang nilalaman (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>本文に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>May control character sa nilalaman na hindi puwede (puwede ang bagong linya).</translation>
    </message>
    <message>
        <source>イベントは {{...}} の形式（JSON オブジェクト）で記述してください。</source>
        <translation>Isulat ang event sa anyong {{...}} (JSON object).</translation>
    </message>
    <message>
        <source>event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。</source>
        <translation>Ang event_id ay 1–64 na half-width na letra, numero, &quot;.&quot;, &quot;_&quot;, &quot;:&quot; o &quot;-&quot;.</translation>
    </message>
    <message>
        <source>同じ event_id のイベントがファイル内で重複しています。</source>
        <translation>May dobleng event na may parehong event_id sa file.</translation>
    </message>
    <message>
        <source>type は &quot;status&quot;・&quot;message&quot;・&quot;direct_request&quot; のいずれかを指定してください。</source>
        <translation>Ang type ay dapat isa sa &quot;status&quot;, &quot;message&quot; o &quot;direct_request&quot;.</translation>
    </message>
    <message>
        <source>application には紹介番号か応募番号を文字列で指定してください。</source>
        <translation>Ilagay sa application ang numero ng referral o aplikasyon bilang string.</translation>
    </message>
    <message>
        <source>application「{number}」に該当する応募がありません。</source>
        <translation>Walang aplikasyong tugma sa application &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>{field} は文字列で指定してください。</source>
        <translation>Ilagay ang {field} bilang string.</translation>
    </message>
    <message>
        <source>{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。</source>
        <translation>Hindi mabasa bilang petsa at oras ang {field} &quot;{value}&quot; (hal.: 2026-12-01T14:00:00+09:00).</translation>
    </message>
    <message>
        <source>不明な項目「{field}」があります。</source>
        <translation>May hindi kilalang field na &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>希望職種を入力してください。</source>
        <translation>Ilagay ang gustong trabaho.</translation>
    </message>
    <message>
        <source>希望職種は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang gustong trabaho (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>希望職種に使用できない制御文字が含まれています。</source>
        <translation>May control character sa gustong trabaho na hindi puwede.</translation>
    </message>
    <message>
        <source>希望勤務地を入力してください。</source>
        <translation>Ilagay ang gustong lugar ng trabaho.</translation>
    </message>
    <message>
        <source>希望勤務地は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang gustong lugar (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>希望勤務地に使用できない制御文字が含まれています。</source>
        <translation>May control character sa gustong lugar na hindi puwede.</translation>
    </message>
    <message>
        <source>経験を入力してください。</source>
        <translation>Ilagay ang karanasan.</translation>
    </message>
    <message>
        <source>経験は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang karanasan (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>経験に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>May control character sa karanasan na hindi puwede (puwede ang bagong linya).</translation>
    </message>
    <message>
        <source>資格を入力してください。</source>
        <translation>Ilagay ang lisensya/kwalipikasyon.</translation>
    </message>
    <message>
        <source>資格は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang lisensya/kwalipikasyon (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>資格に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>May control character sa lisensya/kwalipikasyon na hindi puwede (puwede ang bagong linya).</translation>
    </message>
    <message>
        <source>自己PRを入力してください。</source>
        <translation>Ilagay ang self-PR.</translation>
    </message>
    <message>
        <source>自己PRは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang ang self-PR (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>自己PRに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>May control character sa self-PR na hindi puwede (puwede ang bagong linya).</translation>
    </message>
    <message>
        <source>公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。</source>
        <translation>Hindi puwedeng isulat ang email o telepono sa ipa-publish. Hindi ipa-publish ang contact.</translation>
    </message>
    <message>
        <source>この直接リクエストは見つかりません。</source>
        <translation>Hindi makita ang direktang request na ito.</translation>
    </message>
    <message>
        <source>この直接リクエストには回答済みです。</source>
        <translation>Nasagot na ang direktang request na ito.</translation>
    </message>
    <message>
        <source>回答は「応募」か「辞退」を指定してください。</source>
        <translation>Piliin ang sagot: &quot;Mag-apply&quot; o &quot;Tanggihan&quot;.</translation>
    </message>
    <message>
        <source>posting には求人番号を文字列で指定してください。</source>
        <translation>Ilagay sa posting ang numero ng bakante bilang string.</translation>
    </message>
    <message>
        <source>posting「{number}」に該当する求人がありません。</source>
        <translation>Walang bakanteng tugma sa posting &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。</source>
        <translation>Sarado na ang posting &quot;{number}&quot; o hindi ito tumatanggap ng sariling online na pag-apply.</translation>
    </message>
    <message>
        <source>seeker には求職公開番号（K で始まる10文字）を指定してください。</source>
        <translation>Ilagay sa seeker ang numero ng naka-publish na profile (10 character, nagsisimula sa K).</translation>
    </message>
    <message>
        <source>seeker「{number}」の求職情報は公開されていません（公開を取り下げたか、求職登録が無効です）。</source>
        <translation>Hindi naka-publish ang impormasyon ng seeker &quot;{number}&quot; (inalis ang pag-publish o hindi aktibo ang rehistro).</translation>
    </message>
    <message>
        <source>この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。</source>
        <translation>Napadalhan na ang job seeker na ito ng direktang request para sa bakanteng ito (1 lamang bawat bakante).</translation>
    </message>
    <message>
        <source>この求人の直接リクエストは上限の{max}件に達しています。</source>
        <translation>Naabot na ng bakanteng ito ang limitasyong {max} direktang request.</translation>
    </message>
    <message>
        <source>現在のパスワードを入力してください。</source>
        <translation>Ilagay ang kasalukuyang password.</translation>
    </message>
    <message>
        <source>現在のパスワードが正しくありません。</source>
        <translation>Mali ang kasalukuyang password.</translation>
    </message>
    <message>
        <source>現在のパスワードの入力に続けて失敗したため、{seconds}秒待ってからやり直してください。</source>
        <translation>Ilang beses nang mali ang kasalukuyang password. Maghintay ng {seconds} segundo at subukang muli.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、パスワードを変更できません。ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Naabot na ang limitasyon ng maling password, kaya hindi mapapalitan ang password. Mag-logout at i-reset ito sa &quot;Nakalimutan ang password&quot;, o magtanong sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。</source>
        <translation>Pareho ang bagong password sa kasalukuyan. Pumili ng ibang password.</translation>
    </message>
    <message>
        <source>ログアウトしました。</source>
        <translation>Naka-logout na kayo.</translation>
    </message>
    <message>
        <source>別のパソコンで同じIDのログインがあったため、ログアウトしました。心当たりがない場合は、パスワードを変更してください。</source>
        <translation>Naka-logout kayo dahil may nag-login gamit ang parehong ID sa ibang computer. Kung hindi kayo iyon, palitan ang password.</translation>
    </message>
    <message>
        <source>一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Naka-logout kayo dahil matagal na walang galaw. Mag-login muli.</translation>
    </message>
    <message>
        <source>ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Naka-logout kayo dahil lumipas na ang oras ng login. Mag-login muli.</translation>
    </message>
    <message>
        <source>パスワードが再設定されたため、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil na-reset ang password.</translation>
    </message>
    <message>
        <source>パスワードが変更されたため、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil napalitan ang password.</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）が変更されたため、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil napalitan ang login ID (email address).</translation>
    </message>
    <message>
        <source>ハローワークの職員の操作により、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil sa aksyon ng staff ng HelloWork.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したため、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil ilang beses na mali ang password.</translation>
    </message>
    <message>
        <source>サービスに接続できない状態が続いたため、安全のためログアウトしました。しばらくしてから、もう一度ログインしてください。</source>
        <translation>Para sa kaligtasan, naka-logout kayo dahil matagal na hindi makakonekta sa serbisyo. Maghintay sandali at mag-login muli.</translation>
    </message>
    <message>
        <source>前回の利用が正しく終了していなかったため、ログアウトしました。</source>
        <translation>Naka-logout kayo dahil hindi maayos na natapos ang nakaraang paggamit.</translation>
    </message>
    <message>
        <source>ログアウトしました。もう一度ログインしてください。</source>
        <translation>Naka-logout na kayo. Mag-login muli.</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが正しくありません。</source>
        <translation>Mali ang staff ID o password.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。管理者にパスワードの再発行を依頼してください。</source>
        <translation>Naabot na ang limitasyon ng maling password, kaya hindi magagamit ang staff ID na ito. Humingi ng bagong password sa administrator.</translation>
    </message>
    <message>
        <source>パスワードが正しくありません。</source>
        <translation>Mali ang password.</translation>
    </message>
    <message>
        <source>この操作の前に、パスワードをもう一度入力してください。</source>
        <translation>Bago ito gawin, ilagay muli ang inyong password.</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。先にパスワードを変更してください。</source>
        <translation>Unang password pa rin ang gamit. Palitan muna ang password.</translation>
    </message>
    <message>
        <source>この操作は管理者のみが行えます。</source>
        <translation>Administrator lamang ang makakagawa nito.</translation>
    </message>
    <message>
        <source>確認した本人確認書類を選んでください。</source>
        <translation>Piliin ang ID na sinuri.</translation>
    </message>
    <message>
        <source>この職員IDのアカウントはありません。</source>
        <translation>Walang account para sa staff ID na ito.</translation>
    </message>
    <message>
        <source>求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。</source>
        <translation>Ilagay ang numero ng job seeker, furigana at kapanganakan, o email address.</translation>
    </message>
    <message>
        <source>この求職者にはログインID（メールアドレス）が登録されていません。</source>
        <translation>Walang nakarehistrong login ID (email address) ang job seeker na ito.</translation>
    </message>
    <message>
        <source>現在と同じメールアドレスです。</source>
        <translation>Pareho ito sa kasalukuyang email address.</translation>
    </message>
    <message>
        <source>期間の指定が正しくありません（開始が終了より後になっています）。</source>
        <translation>Mali ang panahon (mas huli ang simula kaysa sa katapusan).</translation>
    </message>
    <message>
        <source>登録コードを入力してください（新しいパソコンの画面に表示されています）。</source>
        <translation>Ilagay ang registration code (nasa screen ng bagong computer).</translation>
    </message>
    <message>
        <source>登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。</source>
        <translation>Ilagay ang 8 letrang registration code na nasa screen ng bagong computer (hal.: BCDF-GHJK; walang A, E, I, O, U, Y at numero).</translation>
    </message>
    <message>
        <source>登録コードが正しくないか、有効期限が切れているか、既に使われています。新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。</source>
        <translation>Mali, nag-expire o nagamit na ang registration code. Suriin ang code sa screen ng bagong computer. Kung nag-expire, ulitin ang pagrehistro sa computer na iyon.</translation>
    </message>
    <message>
        <source>登録コードの誤りが続いたため、しばらく承認できません。15分ほど待ってからやり直してください。</source>
        <translation>Ilang beses nang mali ang registration code, kaya hindi muna makakapag-apruba. Maghintay ng mga 15 minuto at subukang muli.</translation>
    </message>
    <message>
        <source>この端末は見つかりません。一覧を更新してください。</source>
        <translation>Hindi makita ang terminal na ito. I-refresh ang listahan.</translation>
    </message>
    <message>
        <source>このパソコンは事務所のサーバーに接続していないため、端末を承認できません。事務所のサーバーに接続した職員コンソールで承認してください。</source>
        <translation>Hindi nakakonekta sa server ng opisina ang computer na ito, kaya hindi makakapag-apruba ng terminal. Mag-apruba sa staff console na nakakonekta sa server ng opisina.</translation>
    </message>
    <message>
        <source>端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）のいずれかを指定してください。</source>
        <translation>Ang uri ng terminal ay dapat kiosk (terminal ng user), counter (counter terminal) o staff (staff terminal).</translation>
    </message>
    <message>
        <source>端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。</source>
        <translation>Ang pangalan ng terminal ay 1–60 character, walang bagong linya o control character.</translation>
    </message>
    <message>
        <source>端末の証明書要求が正しくありません。登録をはじめからやり直してください。</source>
        <translation>Mali ang hiling ng certificate ng terminal. Ulitin ang pagrehistro mula sa simula.</translation>
    </message>
    <message>
        <source>承認待ちの端末登録が多すぎるため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Masyadong marami ang naghihintay ng apruba, kaya hindi ito matanggap. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>この端末（利用者用端末）からは職員コンソールを使えません。窓口端末か職員端末を使ってください。</source>
        <translation>Hindi magagamit ang staff console sa terminal na ito (terminal ng user). Gumamit ng counter terminal o staff terminal.</translation>
    </message>
    <message>
        <source>中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。</source>
        <translation>Ang mga nag-aaral pa sa junior high o high school ay hindi makakagawa ng online na 仮登録. Kumonsulta sa inyong paaralan (career guidance teacher) o pumunta sa counter (窓口) para sa mga estudyante sa HelloWork.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Hanggang {max} character lamang (ngayon ay {length}).</translation>
    </message>
    <message>
        <source>{max}行まで入力できます。</source>
        <translation>Hanggang {max} linya lamang.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように半角で入力してください。</source>
        <translation>Ilagay ang taon at buwan sa half-width, gaya ng &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>1900年から現在までの年月を入力してください。</source>
        <translation>Ilagay ang taon at buwan mula 1900 hanggang ngayon.</translation>
    </message>
    <message>
        <source>終わりの年月が始めの年月より前になっています。</source>
        <translation>Mas maaga ang katapusan kaysa sa simula.</translation>
    </message>
    <message>
        <source>一覧から選んでください。</source>
        <translation>Pumili mula sa listahan.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の半角数字で入力してください（例: 990-0000）。</source>
        <translation>Ilagay ang postal code bilang 7 half-width na numero (hal.: 990-0000).</translation>
    </message>
    <message>
        <source>仮登録番号は10桁の数字で入力してください（例: 12345-67890）。</source>
        <translation>Ilagay ang numero ng pansamantalang rehistro (仮登録) bilang 10 numero (hal.: 12345-67890).</translation>
    </message>
    <message>
        <source>仮登録番号、またはフリガナと生年月日を入力してください。</source>
        <translation>Ilagay ang numero ng pansamantalang rehistro (仮登録), o ang furigana at kapanganakan.</translation>
    </message>
    <message>
        <source>この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。</source>
        <translation>Hindi makita ang pansamantalang rehistro (仮登録) na ito. Maaaring nabura ito dahil nag-expire.</translation>
    </message>
    <message>
        <source>この仮登録は既に本登録済みです。</source>
        <translation>Nagawa na ang pormal na rehistro (本登録) para sa pansamantalang rehistro (仮登録) na ito.</translation>
    </message>
    <message>
        <source>このパソコンからの申込みが集中しているため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Maraming hiling mula sa computer na ito, kaya hindi ito matanggap. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。</source>
        <translation>Nabura ang pansamantalang na-save dahil nag-expire. Magsimula muli.</translation>
    </message>
    <message>
        <source>登録内容と同じです。変更する項目を入力してください。</source>
        <translation>Pareho ito sa nakarehistro. Ilagay ang babaguhin.</translation>
    </message>
    <message>
        <source>「求職情報提供」の説明が更新されました。表示された説明を確認してから、もう一度同意してください。</source>
        <translation>Na-update ang paliwanag ng &quot;Pagbabahagi ng impormasyon&quot;. Basahin ang paliwanag at sumang-ayon muli.</translation>
    </message>
    <message>
        <source>求職状態が「無効」のため、求職情報提供に同意することはできません。「有効」に戻してから、もう一度お試しください。</source>
        <translation>&quot;Hindi aktibo&quot; ang status, kaya hindi makakasang-ayon sa pagbabahagi ng impormasyon. Gawing &quot;Aktibo&quot; muna at subukang muli.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Hindi aktibo</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Lisensya sa pagmamaneho</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
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
        <translation>Iba pa</translation>
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
        <translation>Binago ng user</translation>
    </message>
    <message>
        <source>有効期限の経過</source>
        <translation>Nag-expire</translation>
    </message>
    <message>
        <source>ハローワーク 求職者マイページ</source>
        <translation>HelloWork My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>デモモード（デモ用データとデモ用メールボックス）</source>
        <translation>Demo mode (demo na data at demo na mailbox)</translation>
    </message>
    <message>
        <source>ハローワーク内の共用パソコン向けの動作</source>
        <translation>Mode para sa shared na computer sa HelloWork</translation>
    </message>
    <message>
        <source>職員用の窓口コンソールを開く</source>
        <translation>Buksan ang counter console ng staff</translation>
    </message>
    <message>
        <source>全画面をPNGに書き出して終了</source>
        <translation>I-export ang lahat ng screen bilang PNG at isara</translation>
    </message>
    <message>
        <source>--render-screens: 言語（ja,en,… または all）</source>
        <translation>--render-screens: mga wika (ja,en,… o all)</translation>
    </message>
    <message>
        <source>--render-screens: 表示（100,200,high_contrast）</source>
        <translation>--render-screens: itsura (100,200,high_contrast)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了</source>
        <translation>Ipakita ang bersyon at isara</translation>
    </message>
    <message>
        <source>応募日</source>
        <translation>Petsa ng pag-apply</translation>
    </message>
    <message>
        <source>応募番号</source>
        <translation>Numero ng aplikasyon</translation>
    </message>
    <message>
        <source>応募経路</source>
        <translation>Paraan ng pag-apply</translation>
    </message>
    <message>
        <source>事業所名</source>
        <translation>Pangalan ng employer</translation>
    </message>
    <message>
        <source>職種</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状況の更新日</source>
        <translation>Petsa ng update</translation>
    </message>
    <message>
        <source>次の面接</source>
        <translation>Susunod na interview</translation>
    </message>
    <message>
        <source>未読メッセージ</source>
        <translation>Hindi pa nababasa</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を利用していないため、メッセージはありません。</source>
        <translation>Hindi gumagamit ng &quot;My Page ng employer&quot; ang employer na ito, kaya walang mensahe.</translation>
    </message>
    <message>
        <source>{count}件</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>応募履歴</source>
        <translation>Kasaysayan ng aplikasyon</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>I-filter ayon sa status</translation>
    </message>
    <message>
        <source>最新の情報に更新</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <source>状況(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と応募した求人票が下に表示されます。</source>
        <translation>Status ng mga aplikasyon sa pamamagitan ng referral at sariling online na pag-apply. Pumili ng hanay para makita sa ibaba ang kasaysayan ng status at ang detalye ng bakante (求人票).</translation>
    </message>
    <message>
        <source>読み込んでいます…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <source>応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」から応募した求人が、ここに表示されます。</source>
        <translation>Wala pang aplikasyon. Dito lalabas ang mga bakanteng ni-refer sa inyo ng HelloWork at ang inyong in-apply-an mula sa &quot;Mag-apply&quot; ng detalye ng bakante.</translation>
    </message>
    <message>
        <source>状況が「{status}」の応募はありません。</source>
        <translation>Walang aplikasyong may status na &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>応募番号 {number}（{company}）を辞退しました。</source>
        <translation>Umatras kayo sa aplikasyon {number} ({company}).</translation>
    </message>
    <message>
        <source>求人番号</source>
        <translation>Numero ng bakante (求人番号)</translation>
    </message>
    <message>
        <source>現在の状況</source>
        <translation>Kasalukuyang status</translation>
    </message>
    <message>
        <source>辞退する</source>
        <translation>Umatras</translation>
    </message>
    <message>
        <source>面接予定をカレンダーに保存（.ics）</source>
        <translation>I-save ang interview sa kalendaryo (.ics)</translation>
    </message>
    <message>
        <source>メッセージを見る</source>
        <translation>Tingnan ang mensahe</translation>
    </message>
    <message>
        <source>求人票を見る</source>
        <translation>Tingnan ang bakante</translation>
    </message>
    <message>
        <source>状況の履歴</source>
        <translation>Kasaysayan ng status</translation>
    </message>
    <message>
        <source>応募した求人票（応募した時点の内容）</source>
        <translation>Detalye ng in-apply-ang bakante (noong nag-apply)</translation>
    </message>
    <message>
        <source>応募の内容</source>
        <translation>Nilalaman ng aplikasyon</translation>
    </message>
    <message>
        <source>{company}&#x3000;{occupation}</source>
        <translation>{company}&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>{source}（紹介番号 {number}）</source>
        <translation>{source} (referral {number})</translation>
    </message>
    <message>
        <source>「{status}」の応募は辞退できません。</source>
        <translation>Hindi makakaatras sa aplikasyong &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>メッセージを見る（未読 {count}件）</source>
        <translation>Tingnan ang mensahe ({count} bago)</translation>
    </message>
    <message>
        <source>応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。</source>
        <translation>Pumili ng aplikasyon para makita dito ang kasaysayan ng status at ang detalye ng bakante.</translation>
    </message>
    <message>
        <source>&#x3000;場所：{place}</source>
        <translation>&#x3000;Lugar: {place}</translation>
    </message>
    <message>
        <source>予定はありません（これまでの面接は「状況の履歴」をご覧ください）</source>
        <translation>Walang iskedyul (tingnan ang mga nakaraang interview sa &quot;Kasaysayan ng status&quot;)</translation>
    </message>
    <message>
        <source>予定はありません</source>
        <translation>Walang iskedyul</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>面接日時</source>
        <translation>Petsa ng interview</translation>
    </message>
    <message>
        <source>面接場所</source>
        <translation>Lugar ng interview</translation>
    </message>
    <message>
        <source>備考・連絡事項</source>
        <translation>Tala at abiso</translation>
    </message>
    <message>
        <source>iCalendar ファイル (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、もう一度お試しください。（{reason}）</source>
        <translation>Hindi ma-save ang file. Suriin ang folder at ang bakanteng espasyo, at subukang muli. ({reason})</translation>
    </message>
    <message>
        <source>面接の予定を保存しました：{path}
カレンダーのアプリでこのファイルを開くと、予定に追加できます。ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。</source>
        <translation>Na-save ang iskedyul ng interview: {path}
Buksan ang file sa calendar app para idagdag ito. Sa shared na computer gaya ng sa HelloWork, burahin ang file pagkatapos.</translation>
    </message>
    <message>
        <source>面接_{number}.ics</source>
        <translation>interview_{number}.ics</translation>
    </message>
    <message>
        <source>面接予定の保存（.ics）</source>
        <translation>I-save ang interview (.ics)</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。</source>
        <translation>Hindi ito maproseso ngayon. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>次の応募を辞退します。

事業所名：{company}
職種：{occupation}
応募番号：{number}</source>
        <translation>Aatras kayo sa aplikasyong ito.

Employer: {company}
Trabaho: {occupation}
Numero ng aplikasyon: {number}</translation>
    </message>
    <message>
        <source>辞退すると、元に戻すことはできません。同じ求人にもう一度応募することもできません。</source>
        <translation>Kapag umatras, hindi na ito maibabalik. Hindi na rin kayo makakapag-apply muli sa bakanteng ito.</translation>
    </message>
    <message>
        <source>事業所への連絡事項（任意・{max}文字以内）</source>
        <translation>Mensahe sa employer (opsyonal, hanggang {max} character)</translation>
    </message>
    <message>
        <source>例：他社への就職が決まったため</source>
        <translation>Hal.: Natanggap na ako sa ibang kompanya</translation>
    </message>
    <message>
        <source>事業所への連絡事項</source>
        <translation>Mensahe sa employer</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>送信しています…</source>
        <translation>Ipinapadala…</translation>
    </message>
    <message>
        <source>事業所名：{company}
職種：{occupation}
求人番号：{number}</source>
        <translation>Employer: {company}
Trabaho: {occupation}
Numero ng bakante: {number}</translation>
    </message>
    <message>
        <source>志望動機（必須・{max}文字以内）</source>
        <translation>Dahilan ng pag-apply (kailangan, hanggang {max} character)</translation>
    </message>
    <message>
        <source>志望動機</source>
        <translation>Dahilan ng pag-apply</translation>
    </message>
    <message>
        <source>この求人に応募する理由、活かせる経験などを書いてください。</source>
        <translation>Isulat kung bakit kayo nag-a-apply at anong karanasan ang magagamit ninyo.</translation>
    </message>
    <message>
        <source>応募書類（PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Mga dokumento (PDF, hanggang {mb} MB bawat file)</translation>
    </message>
    <message>
        <source>応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。</source>
        <translation>Kapag nag-apply, makikita ng employer ang inyong dahilan, mga nakalakip na dokumento, at ang inyong impormasyon sa HelloWork (pangalan, contact, gustong kondisyon, atbp.).</translation>
    </message>
    <message>
        <source>応募する</source>
        <translation>Mag-apply</translation>
    </message>
    <message>
        <source>この求人に応募します</source>
        <translation>Mag-apply sa bakanteng ito</translation>
    </message>
    <message>
        <source>{length} / {max}文字</source>
        <translation>{length} / {max} character</translation>
    </message>
    <message>
        <source>応募しています…</source>
        <translation>Nag-a-apply…</translation>
    </message>
    <message>
        <source>添付なし</source>
        <translation>Walang nakalakip</translation>
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
        <translation>Mag-a-apply kayo online sa bakanteng ito.

Employer: {company}
Trabaho: {occupation}
Numero ng bakante: {number}

Dahilan ng pag-apply: {length} character
{attachments}

Kapag nag-apply, makikita rin ng employer ang inyong impormasyon sa HelloWork (pangalan, contact, gustong kondisyon, atbp.).
Mag-apply na?</translation>
    </message>
    <message>
        <source>オンライン自主応募の確認</source>
        <translation>Kumpirmahin ang online na pag-apply</translation>
    </message>
    <message>
        <source>応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。</source>
        <translation>Nag-apply na kayo sa bakanteng ito. Makikita ang status sa &quot;Kasaysayan ng aplikasyon&quot;.</translation>
    </message>
    <message>
        <source>応募履歴で見る</source>
        <translation>Tingnan sa kasaysayan</translation>
    </message>
    <message>
        <source>応募しました。応募番号：{number}</source>
        <translation>Nakapag-apply na. Numero ng aplikasyon: {number}</translation>
    </message>
    <message>
        <source>添付した書類：{documents}</source>
        <translation>Nakalakip: {documents}</translation>
    </message>
    <message>
        <source>書類は添付していません。</source>
        <translation>Walang nakalakip na dokumento.</translation>
    </message>
    <message>
        <source>事業所からの連絡は「メッセージ」に届きます。</source>
        <translation>Darating sa &quot;Mensahe&quot; ang sagot ng employer.</translation>
    </message>
    <message>
        <source>オンラインで応募できるか確認しています…</source>
        <translation>Sinusuri kung puwedeng mag-apply online…</translation>
    </message>
    <message>
        <source>この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。</source>
        <translation>Puwede kayong mag-apply online sa bakanteng ito mula sa My Page (オンライン自主応募).</translation>
    </message>
    <message>
        <source>市区町村を指定しない</source>
        <translation>Lahat ng lungsod/bayan</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>都道府県を選択</source>
        <translation>Pumili ng prefecture</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Lungsod/bayan</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>指定した就業場所</source>
        <translation>Napiling lugar ng trabaho</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>選択した就業場所を削除</source>
        <translation>Burahin ang napiling lugar</translation>
    </message>
    <message>
        <source>（全域）</source>
        <translation>(buong lugar)</translation>
    </message>
    <message>
        <source>就業場所は{max}か所まで指定できます。</source>
        <translation>Hanggang {max} lugar ng trabaho lamang.</translation>
    </message>
    <message>
        <source>例: 介護 山形（スペースで区切ると「かつ」で検索）</source>
        <translation>Hal.: 介護 山形 (hatiin ng espasyo para sa &quot;at&quot;)</translation>
    </message>
    <message>
        <source>例: 06010-12345678</source>
        <translation>Hal.: 06010-12345678</translation>
    </message>
    <message>
        <source>例: 0601-234567-2</source>
        <translation>Hal.: 0601-234567-2</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Kahit ano</translation>
    </message>
    <message>
        <source>例: 180000</source>
        <translation>Hal.: 180000</translation>
    </message>
    <message>
        <source>賃金の単位</source>
        <translation>Uri ng sahod</translation>
    </message>
    <message>
        <source>賃金（下限）</source>
        <translation>Sahod (pinakamababa)</translation>
    </message>
    <message>
        <source>円以上</source>
        <translation>yen pataas</translation>
    </message>
    <message>
        <source>指定なし</source>
        <translation>Kahit kailan</translation>
    </message>
    <message>
        <source>{n}日以内</source>
        <translation>Loob ng {n} araw</translation>
    </message>
    <message>
        <source>オンライン自主応募可の求人のみ</source>
        <translation>Puwedeng mag-apply online lamang</translation>
    </message>
    <message>
        <source>検索する</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>I-clear</translation>
    </message>
    <message>
        <source>フリーワード</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>求人区分</source>
        <translation>Uri ng bakante</translation>
    </message>
    <message>
        <source>雇用形態</source>
        <translation>Uri ng trabaho</translation>
    </message>
    <message>
        <source>就業場所</source>
        <translation>Lugar ng trabaho</translation>
    </message>
    <message>
        <source>事業所番号</source>
        <translation>Numero ng employer (事業所番号)</translation>
    </message>
    <message>
        <source>職業分類</source>
        <translation>Klase ng trabaho</translation>
    </message>
    <message>
        <source>受付日</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <source>← 一覧に戻る</source>
        <translation>← Bumalik sa listahan</translation>
    </message>
    <message>
        <source>求人票</source>
        <translation>Detalye ng bakante (求人票)</translation>
    </message>
    <message>
        <source>【{closed}】この求人の募集は終了しました。</source>
        <translation>[{closed}] Sarado na ang bakanteng ito.</translation>
    </message>
    <message>
        <source>キープする</source>
        <translation>Itabi (キープ)</translation>
    </message>
    <message>
        <source>求人番号をコピー</source>
        <translation>Kopyahin ang numero ng bakante</translation>
    </message>
    <message>
        <source>この事業所の求人をすべて見る</source>
        <translation>Lahat ng bakante ng employer na ito</translation>
    </message>
    <message>
        <source>この求人票の事業所番号で求人を検索します</source>
        <translation>Hanapin ang mga bakante gamit ang numero ng employer ng detalyeng ito</translation>
    </message>
    <message>
        <source>求人票を読み込んでいます…</source>
        <translation>Naglo-load ng detalye ng bakante…</translation>
    </message>
    <message>
        <source>求人票&#x3000;{occupation}</source>
        <translation>Detalye ng bakante (求人票)&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>キープを外す</source>
        <translation>Alisin sa nakatabi</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>賃金</source>
        <translation>Sahod</translation>
    </message>
    <message>
        <source>キープした日時</source>
        <translation>Petsa ng pagtabi</translation>
    </message>
    <message>
        <source>募集中</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <source>キープした求人</source>
        <translation>Nakatabing bakante (キープ)</translation>
    </message>
    <message>
        <source>詳細を見る</source>
        <translation>Tingnan ang detalye</translation>
    </message>
    <message>
        <source>キープした求人はありません。求人票の「キープする」を押すと、ここに表示されます。</source>
        <translation>Walang nakatabing bakante. Pindutin ang &quot;Itabi&quot; sa detalye ng bakante para lumabas dito.</translation>
    </message>
    <message>
        <source>募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。</source>
        <translation>Mananatili ang mga saradong bakante na may markang &quot;Sarado&quot; hanggang alisin ninyo.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>名前</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>この求人は表示できません</source>
        <translation>Hindi maipakita ang bakanteng ito</translation>
    </message>
    <message>
        <source>読み込めませんでした</source>
        <translation>Hindi ma-load</translation>
    </message>
    <message>
        <source>オンライン応募</source>
        <translation>Online na pag-apply</translation>
    </message>
    <message>
        <source>キープ</source>
        <translation>Itabi (キープ)</translation>
    </message>
    <message>
        <source>1行に1件。例：2004/04 株式会社さくら 入社</source>
        <translation>Isa bawat linya. Hal.: 2004/04 Pumasok sa Sakura Co., Ltd.</translation>
    </message>
    <message>
        <source>1行に1件。例：2010/06 普通自動車第一種運転免許 取得</source>
        <translation>Isa bawat linya. Hal.: 2010/06 Nakakuha ng lisensya sa pagmamaneho</translation>
    </message>
    <message>
        <source>学歴</source>
        <translation>Edukasyon</translation>
    </message>
    <message>
        <source>職歴</source>
        <translation>Karanasan sa trabaho</translation>
    </message>
    <message>
        <source>{kind}を作成</source>
        <translation>Gumawa ng {kind}</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日（例 1985-04-12）</source>
        <translation>Kapanganakan (hal. 1985-04-12)</translation>
    </message>
    <message>
        <source>現住所</source>
        <translation>Kasalukuyang address</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>学歴・職歴</source>
        <translation>Edukasyon at karanasan sa trabaho</translation>
    </message>
    <message>
        <source>免許・資格</source>
        <translation>Lisensya at kwalipikasyon</translation>
    </message>
    <message>
        <source>志望の動機・自己PR</source>
        <translation>Dahilan ng pag-apply at self-PR</translation>
    </message>
    <message>
        <source>本人希望記入欄</source>
        <translation>Sariling kahilingan</translation>
    </message>
    <message>
        <source>職務要約</source>
        <translation>Buod ng karera</translation>
    </message>
    <message>
        <source>職務経歴</source>
        <translation>Karanasan sa trabaho</translation>
    </message>
    <message>
        <source>活かせる経験・知識・技術</source>
        <translation>Karanasan, kaalaman at kasanayang magagamit</translation>
    </message>
    <message>
        <source>自己PR</source>
        <translation>Self-PR</translation>
    </message>
    <message>
        <source>入力欄</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>印刷する…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <source>PDFで保存…</source>
        <translation>I-save bilang PDF…</translation>
    </message>
    <message>
        <source>この応募に添付する</source>
        <translation>Ilakip sa aplikasyong ito</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。JIS規格の様式に沿った A4 の書類になります。</source>
        <translation>Nailagay na ang inyong nakarehistrong impormasyon. Suriin ito at dagdagan ang kulang. Magiging A4 na dokumento ito ayon sa format ng JIS.</translation>
    </message>
    <message>
        <source>PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、もう一度お試しください。</source>
        <translation>Hindi magawa ang PDF. I-install ang Japanese font na IPAexGothic (IPAexゴシック) at subukan ulit.</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>aplikante</translation>
    </message>
    <message>
        <source>求職者情報を読み込めませんでした。手で入力してください。</source>
        <translation>Hindi ma-load ang impormasyon ng job seeker. Ilagay ito nang mano-mano.</translation>
    </message>
    <message>
        <source>PDFを保存しました：{path}</source>
        <translation>Na-save ang PDF: {path}</translation>
    </message>
    <message>
        <source>{kind}をPDFで保存</source>
        <translation>I-save ang {kind} bilang PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。</source>
        <translation>Walang printer sa computer na ito. I-save gamit ang &quot;I-save bilang PDF…&quot;.</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Ilagay ang pangalan.</translation>
    </message>
    <message>
        <source>この条件を保存</source>
        <translation>I-save ang kondisyong ito</translation>
    </message>
    <message>
        <source>保存する検索条件の名前（40文字以内）</source>
        <translation>Pangalan ng kondisyon (hanggang 40 character)</translation>
    </message>
    <message>
        <source>検索条件に誤りがあります。検索画面の表示を確認してください。</source>
        <translation>May mali sa kondisyon ng paghahanap. Suriin ang screen ng paghahanap.</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Kondisyon ng paghahanap</translation>
    </message>
    <message>
        <source>新着</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>前回の検索</source>
        <translation>Huling paghahanap</translation>
    </message>
    <message>
        <source>新着 {n} 件</source>
        <translation>{n} bago</translation>
    </message>
    <message>
        <source>保存した検索条件</source>
        <translation>Naka-save na paghahanap</translation>
    </message>
    <message>
        <source>この条件で検索</source>
        <translation>Maghanap gamit ito</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Palitan ang pangalan</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。求人情報検索の画面で「この条件を保存」を押すと、ここに表示されます。</source>
        <translation>Walang naka-save na paghahanap. Pindutin ang &quot;I-save ang kondisyong ito&quot; sa paghahanap ng bakante para lumabas dito.</translation>
    </message>
    <message>
        <source>「新着」は、前回その条件で検索したあとに掲載された求人の件数です。</source>
        <translation>Ang &quot;Bago&quot; ay bilang ng bakanteng nailathala mula sa huling paghahanap gamit ang kondisyong iyon.</translation>
    </message>
    <message>
        <source>新しい名前（40文字以内）</source>
        <translation>Bagong pangalan (hanggang 40 character)</translation>
    </message>
    <message>
        <source>変更する</source>
        <translation>Palitan</translation>
    </message>
    <message>
        <source>保存した検索条件「{name}」を削除しますか？</source>
        <translation>Burahin ang naka-save na paghahanap na &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>検索条件の削除</source>
        <translation>Burahin ang paghahanap</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>新着順</source>
        <translation>Pinakabago</translation>
    </message>
    <message>
        <source>賃金の高い順</source>
        <translation>Pinakamataas na sahod</translation>
    </message>
    <message>
        <source>求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。</source>
        <translation>&quot;Hindi aktibo&quot; ang status, kaya hindi magagamit ang paghahanap ng bakante. Kapag maghahanap muli ng trabaho, gawing &quot;Aktibo&quot; ang status sa &quot;Impormasyon at setting&quot;. Mananatili ang inyong kondisyon ng paghahanap.</translation>
    </message>
    <message>
        <source>検索結果</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>並び順</source>
        <translation>Ayos</translation>
    </message>
    <message>
        <source>求人情報検索</source>
        <translation>Paghahanap ng bakante</translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation>Naghahanap…</translation>
    </message>
    <message>
        <source>件数を確認しています…</source>
        <translation>Binibilang…</translation>
    </message>
    <message>
        <source>一覧を準備しています…</source>
        <translation>Inihahanda ang listahan…</translation>
    </message>
    <message>
        <source>{count}（件数を確認しています）</source>
        <translation>{count} (binibilang)</translation>
    </message>
    <message>
        <source>検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。</source>
        <translation>Na-save ang paghahanap na &quot;{name}&quot;. Makikita ito sa &quot;Naka-save na paghahanap&quot;.</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <source>募集終了</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <source>該当 {n}件以上</source>
        <translation>{n} o higit pa</translation>
    </message>
    <message>
        <source>該当 {n} 件（一覧は先頭の {m} 件）</source>
        <translation>{n} ang tugma (unang {m} sa listahan)</translation>
    </message>
    <message>
        <source>該当 {n} 件</source>
        <translation>{n} ang tugma</translation>
    </message>
    <message>
        <source>該当 約{n}件</source>
        <translation>Mga {n} ang tugma</translation>
    </message>
    <message>
        <source>可</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>不可</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>{n}秒後に再度お試しください。</source>
        <translation>Subukang muli pagkalipas ng {n} segundo.</translation>
    </message>
    <message>
        <source>ただいまサービスに接続できません。しばらくしてから再度お試しください。</source>
        <translation>Hindi makakonekta sa serbisyo ngayon. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>ハローワークをご利用中の方のマイページ開設</source>
        <translation>Pagbukas ng My Page para sa gumagamit ng HelloWork</translation>
    </message>
    <message>
        <source>※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。</source>
        <translation>※Kung gagawin ito sa computer sa HelloWork, may darating na email sa inyong nakarehistrong address. Ihanda ang inyong smartphone para mabasa ito agad.</translation>
    </message>
    <message>
        <source>セッションの有効期限が切れました。もう一度ログインしてください。</source>
        <translation>Nag-expire ang session. Mag-login muli.</translation>
    </message>
    <message>
        <source>求職者マイページ ログイン</source>
        <translation>Login sa My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>ID（メールアドレス）</source>
        <translation>ID (email address)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>パスワードを忘れた方</source>
        <translation>Nakalimutan ang password</translation>
    </message>
    <message>
        <source>求職申込み（仮登録）</source>
        <translation>Pag-apply bilang job seeker (仮登録)</translation>
    </message>
    <message>
        <source>デモ用メールボックス</source>
        <translation>Demo mailbox</translation>
    </message>
    <message>
        <source>はじめての方は、上のボタンからマイページを開設してください。
（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）</source>
        <translation>Kung unang beses, buksan ang My Page gamit ang button sa itaas.
(Para sa nakapagrehistro na at may email sa counter (窓口) ng HelloWork)</translation>
    </message>
    <message>
        <source>ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。</source>
        <translation>Kung hindi pa kayo nakapag-apply sa HelloWork, maaari kayong gumawa dito ng pansamantalang rehistro (仮登録) bago pumunta.</translation>
    </message>
    <message>
        <source>中止してログアウト</source>
        <translation>Itigil at mag-logout</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。</source>
        <translation>Unang password pa rin ang gamit. Para magpatuloy, palitan ito ng sarili ninyong password.</translation>
    </message>
    <message>
        <source>現在のパスワードと、新しいパスワードを入力してください。</source>
        <translation>Ilagay ang kasalukuyan at bagong password.</translation>
    </message>
    <message>
        <source>パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。</source>
        <translation>Ang password ay 8–32 character, may kahit 1 half-width na letra, numero at simbolo.</translation>
    </message>
    <message>
        <source>現在のパスワード</source>
        <translation>Kasalukuyang password</translation>
    </message>
    <message>
        <source>新しいパスワード</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）</source>
        <translation>Bagong password (ulitin)</translation>
    </message>
    <message>
        <source>現在のパスワード（初回用パスワード）</source>
        <translation>Kasalukuyang password (unang password)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認のため、もう一度）</source>
        <translation>Bagong password (ulitin para kumpirmahin)</translation>
    </message>
    <message>
        <source>職員ログイン（窓口用）</source>
        <translation>Staff login (counter)</translation>
    </message>
    <message>
        <source>職員の画面のロック解除</source>
        <translation>I-unlock ang staff screen</translation>
    </message>
    <message>
        <source>ハローワーク職員用の画面です。職員IDとパスワードを入力してください。
求職者の方のID（メールアドレス）ではログインできません。</source>
        <translation>Screen ito para sa staff ng HelloWork. Ilagay ang staff ID at password.
Hindi makakapag-login gamit ang ID (email) ng job seeker.</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>職員の画面はロックされています。{name} さんのパスワードを入力してください。</source>
        <translation>Naka-lock ang staff screen. Ilagay ang password ni {name}.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <source>パスワードの変更（初回ログイン）</source>
        <translation>Pagpalit ng password (unang login)</translation>
    </message>
    <message>
        <source>職員IDを入力してください。</source>
        <translation>Ilagay ang staff ID.</translation>
    </message>
    <message>
        <source>続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。</source>
        <translation>Ilang beses nang bigo, kaya hindi muna makakapag-login. Subukang muli pagkalipas ng {time}.</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。</source>
        <translation>Hindi ito maproseso ngayon. Maghintay sandali at subukang muli. Nananatili ang inyong inilagay.</translation>
    </message>
    <message>
        <source>{m}分{s:02d}秒</source>
        <translation>{m} min {s:02d} seg</translation>
    </message>
    <message>
        <source>{s}秒</source>
        <translation>{s} seg</translation>
    </message>
    <message>
        <source>事業所へのメッセージを入力してください（改行できます）</source>
        <translation>Isulat ang mensahe sa employer (puwede ang bagong linya)</translation>
    </message>
    <message>
        <source>送信するメッセージ</source>
        <translation>Mensaheng ipapadala</translation>
    </message>
    <message>
        <source>送信する</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <source>{length} / {max}文字（{over}文字多すぎます）</source>
        <translation>{length} / {max} character ({over} ang sobra)</translation>
    </message>
    <message>
        <source>送信中…</source>
        <translation>Ipinapadala…</translation>
    </message>
    <message>
        <source>ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。</source>
        <translation>Hindi ito maproseso ngayon. Nananatili ang inyong inilagay. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>直接リクエストに応募する</source>
        <translation>Mag-apply sa direktang request</translation>
    </message>
    <message>
        <source>求人「{label}」にオンラインで応募します。志望動機を入力してください（1000文字以内）。</source>
        <translation>Mag-a-apply kayo online sa &quot;{label}&quot;. Isulat ang dahilan ng pag-apply (hanggang 1000 character).</translation>
    </message>
    <message>
        <source>応募書類（任意、PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Mga dokumento (opsyonal, PDF, hanggang {mb} MB bawat file)</translation>
    </message>
    <message>
        <source>回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。</source>
        <translation>Nasagot na: nag-apply ({at}, aplikasyon {number}). Makikita ang status sa kasaysayan ng aplikasyon.</translation>
    </message>
    <message>
        <source>回答済み: 辞退しました（{at}）。</source>
        <translation>Nasagot na: tinanggihan ({at}).</translation>
    </message>
    <message>
        <source>この求人の募集は終了したため、応募できません。</source>
        <translation>Sarado na ang bakanteng ito, kaya hindi makakapag-apply.</translation>
    </message>
    <message>
        <source>事業所から応募のリクエストが届いています。求人票を確認して、お答えください。</source>
        <translation>May request na mag-apply mula sa employer. Tingnan ang detalye ng bakante at sumagot.</translation>
    </message>
    <message>
        <source>この求人への直接リクエストを辞退しますか。
辞退すると、このリクエストから応募することはできません。</source>
        <translation>Tanggihan ang direktang request para sa bakanteng ito?
Kapag tinanggihan, hindi na makakapag-apply mula sa request na ito.</translation>
    </message>
    <message>
        <source>直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。</source>
        <translation>Hindi ma-load ang direktang request. Maghintay sandali at buksan muli ang abiso.</translation>
    </message>
    <message>
        <source>※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。</source>
        <translation>※ Makakapagpalitan lamang ng mensahe kung may &quot;My Page ng employer&quot; ang employer.</translation>
    </message>
    <message>
        <source>左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。</source>
        <translation>Pumili ng employer sa listahan sa kaliwa para makita ang mga mensahe.</translation>
    </message>
    <message>
        <source>応募先の一覧</source>
        <translation>Mga in-apply-an</translation>
    </message>
    <message>
        <source>応募した求人はまだありません。ハローワークで紹介を受けるか、オンライン自主応募をすると、ここに表示されます。</source>
        <translation>Wala pang in-apply-ang bakante. Lalabas dito kapag na-refer kayo ng HelloWork o nag-apply online.</translation>
    </message>
    <message>
        <source>メッセージ</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>応募した求人の担当者とメッセージをやりとりできます。</source>
        <translation>Makipagpalitan ng mensahe sa tagapangasiwa ng in-apply-ang bakante.</translation>
    </message>
    <message>
        <source>メッセージを送信しました。</source>
        <translation>Naipadala na ang iyong mensahe.</translation>
    </message>
    <message>
        <source>{occupation}&#x3000;応募番号 {number}</source>
        <translation>{occupation}&#x3000;Aplikasyon {number}</translation>
    </message>
    <message>
        <source>おすすめ求人</source>
        <translation>Rekomendadong bakante</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <source>送信元</source>
        <translation>Mula kay</translation>
    </message>
    <message>
        <source>既読</source>
        <translation>Nabasa na</translation>
    </message>
    <message>
        <source>未読</source>
        <translation>Hindi pa nababasa</translation>
    </message>
    <message>
        <source>お知らせの本文</source>
        <translation>Nilalaman ng abiso</translation>
    </message>
    <message>
        <source>この求人の募集は終了しました</source>
        <translation>Sarado na ang bakanteng ito</translation>
    </message>
    <message>
        <source>{kind}&#x3000;送信元: {sender}&#x3000;{at}</source>
        <translation>{kind}&#x3000;Mula kay: {sender}&#x3000;{at}</translation>
    </message>
    <message>
        <source>直接リクエストの求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Bakante ng direktang request: {label}&#x3000;Numero ng bakante {number}</translation>
    </message>
    <message>
        <source>おすすめ求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Rekomendadong bakante: {label}&#x3000;Numero ng bakante {number}</translation>
    </message>
    <message>
        <source>お知らせを選ぶと、ここに内容が表示されます。</source>
        <translation>Pumili ng abiso para makita dito ang nilalaman.</translation>
    </message>
    <message>
        <source>お知らせの一覧</source>
        <translation>Listahan ng abiso</translation>
    </message>
    <message>
        <source>さらに読み込む</source>
        <translation>Mag-load pa</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Abiso</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。</source>
        <translation>Dito darating ang mga abiso ng HelloWork at mga rekomendadong bakante.</translation>
    </message>
    <message>
        <source>お知らせはありません。</source>
        <translation>Walang abiso.</translation>
    </message>
    <message>
        <source>{count}件を表示中（未読 {unread}件）</source>
        <translation>{count} ang ipinapakita ({unread} hindi pa nababasa)</translation>
    </message>
    <message>
        <source>&#x3000;一覧の最後までスクロールすると、古いお知らせを読み込みます。</source>
        <translation>&#x3000;Mag-scroll hanggang dulo para i-load ang mas lumang abiso.</translation>
    </message>
    <message>
        <source>やりとり</source>
        <translation>Palitan ng mensahe</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。</source>
        <translation>Walang &quot;My Page ng employer&quot; ang employer na ito, kaya hindi makakapagpalitan ng mensahe.</translation>
    </message>
    <message>
        <source>メッセージのやりとり</source>
        <translation>Palitan ng mensahe</translation>
    </message>
    <message>
        <source>まだメッセージはありません。</source>
        <translation>Wala pang mensahe.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。</source>
        <translation>Magpapadala kami ng &quot;Abiso ng pagbabago ng rehistro&quot; sa inyong email (hindi isasama ang bagong detalye).</translation>
    </message>
    <message>
        <source>処理しています。しばらくお待ちください…</source>
        <translation>Pinoproseso. Sandali lamang…</translation>
    </message>
    <message>
        <source>この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。</source>
        <translation>Walang address para sa postal code na ito. Suriin ang postal code o ilagay ang address.</translation>
    </message>
    <message>
        <source>連絡先の変更</source>
        <translation>Pagpalit ng contact</translation>
    </message>
    <message>
        <source>引っ越しや電話番号の変更があったときは、ここで変更できます。郵便番号・住所・電話番号をすべて入力してください。</source>
        <translation>Kung lumipat kayo o nagpalit ng telepono, palitan dito. Ilagay ang postal code, address at telepono.</translation>
    </message>
    <message>
        <source>連絡先を変更する</source>
        <translation>Palitan ang contact</translation>
    </message>
    <message>
        <source>住所を検索</source>
        <translation>Hanapin ang address</translation>
    </message>
    <message>
        <source>住所の候補</source>
        <translation>Posibleng address</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります</source>
        <translation>Ilagay ang 7 numero at pindutin ang &quot;Hanapin ang address&quot; para mailagay ang unang bahagi ng address</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください（{max}文字以内）</source>
        <translation>Ilagay hanggang numero ng bahay, gusali at kwarto (hanggang {max} character)</translation>
    </message>
    <message>
        <source>半角数字とハイフン&#x3000;例: 023-600-1234</source>
        <translation>Half-width na numero at gitling&#x3000;Hal.: 023-600-1234</translation>
    </message>
    <message>
        <source>連絡先を変更しました。</source>
        <translation>Napalitan ang contact.</translation>
    </message>
    <message>
        <source>住所は入力済みのため変更していません: {address}</source>
        <translation>Hindi binago ang address dahil may laman na: {address}</translation>
    </message>
    <message>
        <source>{date}（あと{days}日）</source>
        <translation>{date} ({days} araw pa)</translation>
    </message>
    <message>
        <source>求職状態：{status}&#x3000;&#x3000;有効期限：{until}
求職番号：{number}</source>
        <translation>Status: {status}&#x3000;&#x3000;Expiration: {until}
Numero ng job seeker (求職番号): {number}</translation>
    </message>
    <message>
        <source>{when}&#x3000;{company}（{occupation}）</source>
        <translation>{when}&#x3000;{company} ({occupation})</translation>
    </message>
    <message>
        <source>場所：{place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <source>{company}の面接の応募履歴を見る</source>
        <translation>Tingnan ang aplikasyon para sa interview sa {company}</translation>
    </message>
    <message>
        <source>文字の大きさ・表示</source>
        <translation>Laki ng letra at display</translation>
    </message>
    <message>
        <source>文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。すぐにすべての画面に反映されます。</source>
        <translation>Maaaring palakihin ang letra o gumamit ng malinaw na kulay (high contrast). Agad itong makikita sa lahat ng screen.</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。</source>
        <translation>Sa computer sa HelloWork, babalik ito sa dati pagka-logout.</translation>
    </message>
    <message>
        <source>未読のメッセージ</source>
        <translation>Hindi pa nababasang mensahe</translation>
    </message>
    <message>
        <source>応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。</source>
        <translation>Mababasa ang mensahe mula sa employer sa &quot;Mensahe&quot; sa menu sa kaliwa.</translation>
    </message>
    <message>
        <source>未読のお知らせ</source>
        <translation>Hindi pa nababasang abiso</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。</source>
        <translation>Mababasa ang abiso at rekomendadong bakante mula sa HelloWork sa &quot;Abiso&quot; sa menu sa kaliwa.</translation>
    </message>
    <message>
        <source>面接の予定</source>
        <translation>Iskedyul ng interview</translation>
    </message>
    <message>
        <source>予定されている面接はありません。</source>
        <translation>Walang nakatakdang interview.</translation>
    </message>
    <message>
        <source>保存した検索条件の新着求人</source>
        <translation>Mga bagong bakante sa naka-save na paghahanap</translation>
    </message>
    <message>
        <source>「求職者マイページ」でできること</source>
        <translation>Magagawa sa My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>・</source>
        <translation>・</translation>
    </message>
    <message>
        <source>{name} さん、ようこそ。</source>
        <translation>Maligayang pagdating, {name}.</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、新着求人の件数は表示されません。</source>
        <translation>Habang &quot;Hindi aktibo&quot; ang status, hindi ipinapakita ang bilang ng bagong bakante.</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。「求人情報検索」で条件を保存すると、その条件に合う新着求人の件数がここに表示されます。</source>
        <translation>Walang naka-save na paghahanap. Kapag nag-save ng kondisyon sa &quot;Paghahanap ng bakante&quot;, lalabas dito ang bilang ng bagong bakanteng tugma.</translation>
    </message>
    <message>
        <source>・{name}&#x3000;新着 {n}件</source>
        <translation>・{name}&#x3000;{n} bago</translation>
    </message>
    <message>
        <source>左のメニューの「保存した検索条件」から、その条件で検索できます。</source>
        <translation>Makakapaghanap gamit ang kondisyong iyon mula sa &quot;Naka-save na paghahanap&quot; sa menu sa kaliwa.</translation>
    </message>
    <message>
        <source>現在の設定：提供する（{date}に同意）</source>
        <translation>Setting ngayon: Ibabahagi (sumang-ayon noong {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（{date}に同意を取り消しました）</source>
        <translation>Setting ngayon: Hindi ibabahagi (binawi noong {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（同意していません）</source>
        <translation>Setting ngayon: Hindi ibabahagi (hindi sumang-ayon)</translation>
    </message>
    <message>
        <source>求職情報提供に同意する</source>
        <translation>Sumang-ayon sa pagbabahagi ng impormasyon</translation>
    </message>
    <message>
        <source>同意を取り消す（提供しない）</source>
        <translation>Bawiin ang pagsang-ayon (huwag ibahagi)</translation>
    </message>
    <message>
        <source>求職情報提供への同意を取り消しますか？
取り消した後は、あなたの求職情報を新たに提供しません。</source>
        <translation>Bawiin ang pagsang-ayon sa pagbabahagi ng impormasyon?
Pagkatapos nito, hindi na ibabahagi ang inyong impormasyon.</translation>
    </message>
    <message>
        <source>同意を取り消す</source>
        <translation>Bawiin ang pagsang-ayon</translation>
    </message>
    <message>
        <source>上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に提供することに同意しますか？</source>
        <translation>Gaya ng paliwanag sa itaas, sumasang-ayon ba kayong ibahagi ang inyong impormasyon (maliban sa pangalan at contact) sa lokal na pamahalaan at mga job placement agency?</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Sumang-ayon</translation>
    </message>
    <message>
        <source>設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」をお送りします。</source>
        <translation>Nabago ang setting. Magpapadala kami ng &quot;Abiso ng pagbabago ng setting ng pagbabahagi&quot; sa inyong email.</translation>
    </message>
    <message>
        <source>新しいパスワード（確認用）</source>
        <translation>Bagong password (ulitin)</translation>
    </message>
    <message>
        <source>パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内</source>
        <translation>Password: 8–32 character, half-width na numero, letra at simbolo</translation>
    </message>
    <message>
        <source>メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。</source>
        <translation>Hindi puwede ang may email, kapanganakan o numero ng job seeker, o ang madalas gamitin at madaling hulaan.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Pagpalit ng password</translation>
    </message>
    <message>
        <source>パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、「パスワードを変更する」を押してください。</source>
        <translation>Para palitan ang password, ilagay ang kasalukuyan at bagong password at pindutin ang &quot;Palitan ang password&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更する</source>
        <translation>Palitan ang password</translation>
    </message>
    <message>
        <source>パスワードを変更しました。次回から新しいパスワードでログインしてください。</source>
        <translation>Napalitan ang password. Gamitin ang bagong password sa susunod na login.</translation>
    </message>
    <message>
        <source>ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました（このパソコンのログインは続いています）。</source>
        <translation>Kung naka-login kayo sa ibang computer o smartphone, natapos na ang login na iyon (nagpapatuloy ang login sa computer na ito).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。</source>
        <translation>Magpapadala kami ng email na &quot;Abiso ng pagpalit ng password&quot; sa inyong email address.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。</source>
        <translation>Ang mga full-width na letra, numero at simbolo sa password ay ginawang half-width bago irehistro.</translation>
    </message>
    <message>
        <source>希望職種（必須）</source>
        <translation>Gustong trabaho (kailangan)</translation>
    </message>
    <message>
        <source>経験</source>
        <translation>Karanasan</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Lisensya/kwalipikasyon</translation>
    </message>
    <message>
        <source>求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。</source>
        <translation>Kapag na-publish ang profile, makikita ng employer ang inyong impormasyon nang walang pangalan at makakapagpadala sila ng &quot;Direktang request&quot; (imbitasyon na mag-apply). Hindi ipapakita ang pangalan, contact at kapanganakan (edad na grupo lamang). Maaaring alisin ang pag-publish anumang oras.</translation>
    </message>
    <message>
        <source>（記載なし）</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <source>（公開したときに決まります）</source>
        <translation>(itatakda kapag na-publish)</translation>
    </message>
    <message>
        <source>求職公開番号</source>
        <translation>Numero ng profile (求職公開番号)</translation>
    </message>
    <message>
        <source>年代</source>
        <translation>Pangkat ng edad</translation>
    </message>
    <message>
        <source>求職公開（事業所への匿名の公開）</source>
        <translation>Pag-publish ng profile (求職公開) nang walang pangalan</translation>
    </message>
    <message>
        <source>{n}文字以内</source>
        <translation>Hanggang {n} character</translation>
    </message>
    <message>
        <source>事業所に見える内容を確認する</source>
        <translation>Tingnan ang makikita ng employer</translation>
    </message>
    <message>
        <source>公開する</source>
        <translation>I-publish</translation>
    </message>
    <message>
        <source>公開を取り下げる</source>
        <translation>Alisin ang pag-publish</translation>
    </message>
    <message>
        <source>事業所に見える内容（プレビュー）</source>
        <translation>Makikita ng employer (preview)</translation>
    </message>
    <message>
        <source>公開中（{at}から）&#x3000;求職公開番号: {number}&#x3000;受け取った直接リクエスト: {n}件</source>
        <translation>Naka-publish (mula {at})&#x3000;Numero ng profile: {number}&#x3000;Direktang request: {n}</translation>
    </message>
    <message>
        <source>公開していません（{at}に取り下げました）</source>
        <translation>Hindi naka-publish (inalis noong {at})</translation>
    </message>
    <message>
        <source>公開していません</source>
        <translation>Hindi naka-publish</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は公開できません。</source>
        <translation>Hindi mapa-publish habang &quot;Hindi aktibo&quot; ang status.</translation>
    </message>
    <message>
        <source>求職公開の取り下げ</source>
        <translation>Alisin ang pag-publish (求職公開)</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げますか。
取り下げると、事業所はあなたの求職情報を見られなくなり、新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。</source>
        <translation>Alisin ang pag-publish ng inyong profile?
Kapag inalis, hindi na ito makikita ng employer at wala nang bagong direktang request (masasagot pa ang mga dumating na).</translation>
    </message>
    <message>
        <source>取り下げる</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Hindi ma-load ang estado ng pag-publish. Maghintay sandali at buksan muli ang pahinang ito.</translation>
    </message>
    <message>
        <source>この内容で公開内容を更新しますか。</source>
        <translation>I-update ang naka-publish gamit ang nilalamang ito?</translation>
    </message>
    <message>
        <source>この内容で求職情報を公開しますか。</source>
        <translation>I-publish ang inyong profile gamit ang nilalamang ito?</translation>
    </message>
    <message>
        <source>求職公開</source>
        <translation>Pag-publish ng profile (求職公開)</translation>
    </message>
    <message>
        <source>事業所には次のとおり表示されます。</source>
        <translation>Ganito ang makikita ng employer.</translation>
    </message>
    <message>
        <source>更新する</source>
        <translation>I-update</translation>
    </message>
    <message>
        <source>求職情報を公開しました。</source>
        <translation>Na-publish ang inyong profile.</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げました。</source>
        <translation>Inalis ang pag-publish ng profile.</translation>
    </message>
    <message>
        <source>公開内容を更新する</source>
        <translation>I-update ang naka-publish</translation>
    </message>
    <message>
        <source>マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。</source>
        <translation>Sa My Page, mapapalitan ninyo ang contact (address, telepono), gustong kondisyon, pagbabahagi ng impormasyon, status (Aktibo/Hindi aktibo), password at pag-publish ng profile. Kung may mali o gusto ninyong palitan ang pangalan, kapanganakan o iba pang rehistro, sabihin sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>求職者情報・設定</source>
        <translation>Impormasyon at setting</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Pangunahing impormasyon</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <source>連絡先・ログインID</source>
        <translation>Contact at login ID</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）</source>
        <translation>Login ID (email address)</translation>
    </message>
    <message>
        <source>求職申込日</source>
        <translation>Petsa ng pag-apply</translation>
    </message>
    <message>
        <source>有効期限</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>求職状態</source>
        <translation>Status ng paghahanap ng trabaho</translation>
    </message>
    <message>
        <source>無効になった理由</source>
        <translation>Dahilan ng pagiging hindi aktibo</translation>
    </message>
    <message>
        <source>（登録なし）</source>
        <translation>(hindi nakarehistro)</translation>
    </message>
    <message>
        <source>ページの内容</source>
        <translation>Nilalaman ng pahina</translation>
    </message>
    <message>
        <source>「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。それを過ぎると、最寄りのハローワークでの手続きが必要です。</source>
        <translation>Sa loob ng {days} araw mula nang gawing &quot;Hindi aktibo&quot;, maibabalik ito sa &quot;Aktibo&quot; sa pahinang ito. Pagkalipas nito, kailangang pumunta sa pinakamalapit na HelloWork.</translation>
    </message>
    <message>
        <source>求職状態を「無効」にしますか？</source>
        <translation>Gawing &quot;Hindi aktibo&quot; ang status?</translation>
    </message>
    <message>
        <source>「無効」にする</source>
        <translation>Gawing &quot;Hindi aktibo&quot;</translation>
    </message>
    <message>
        <source>「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。</source>
        <translation>Kapag ibinalik sa &quot;Aktibo&quot;, magagamit muli ang paghahanap ng bakante, online na pag-apply at pagpapadala ng mensahe sa employer.</translation>
    </message>
    <message>
        <source>有効期限は{date}になります。</source>
        <translation>Ang expiration ay magiging {date}.</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻しますか？</source>
        <translation>Ibalik sa &quot;Aktibo&quot; ang status?</translation>
    </message>
    <message>
        <source>「有効」に戻す</source>
        <translation>Ibalik sa &quot;Aktibo&quot;</translation>
    </message>
    <message>
        <source>求職状態の切り替え</source>
        <translation>Pagpalit ng status</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <translation>Pinoproseso…</translation>
    </message>
    <message>
        <source>現在の求職状態：{status}</source>
        <translation>Status ngayon: {status}</translation>
    </message>
    <message>
        <source>{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}になります）。</source>
        <translation>Hanggang {deadline}, maibabalik ito sa &quot;Aktibo&quot; sa pahinang ito (magiging {renews} ang expiration).</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻す</source>
        <translation>Ibalik sa &quot;Aktibo&quot; ang status</translation>
    </message>
    <message>
        <source>求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}</source>
        <translation>Kung magpapahinga muna sa paghahanap ng trabaho, maaaring gawing &quot;Hindi aktibo&quot; ang status. Expiration: {date}</translation>
    </message>
    <message>
        <source>求職状態を「無効」にする</source>
        <translation>Gawing &quot;Hindi aktibo&quot; ang status</translation>
    </message>
    <message>
        <source>求職状態を切り替える</source>
        <translation>Palitan ang status</translation>
    </message>
    <message>
        <source>求職状態を「{status}」にしました。</source>
        <translation>Ginawang &quot;{status}&quot; ang status.</translation>
    </message>
    <message>
        <source>ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Hindi ma-load ang impormasyon ngayon. Maghintay sandali at buksan muli ang pahinang ito.</translation>
    </message>
    <message>
        <source>登録した求職情報の確認や有効/無効の切り替えができます。</source>
        <translation>Tingnan ang inyong rehistro at palitan ang status (Aktibo/Hindi aktibo).</translation>
    </message>
    <message>
        <source>求人の検索条件を保存したり、気になった求人を保存することができます。</source>
        <translation>I-save ang kondisyon ng paghahanap at itabi ang mga bakanteng gusto ninyo.</translation>
    </message>
    <message>
        <source>ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。</source>
        <translation>Tingnan ang mga bakanteng ni-refer ng HelloWork, ang referral letter (紹介状) at kasaysayan ng aplikasyon.</translation>
    </message>
    <message>
        <source>メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせをお送りする場合があります。</source>
        <translation>Makipagpalitan ng mensahe sa tagapangasiwa ng in-apply-ang bakante. Maaari ring magpadala ang HelloWork ng impormasyon ng bakante at abiso.</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。</source>
        <translation>Habang &quot;Hindi aktibo&quot; ang status, hindi magagamit ang paghahanap ng bakante, online na pag-apply at pagpapadala ng mensahe. Makikita pa rin ang rehistro, referral letter, kasaysayan ng aplikasyon, mensahe at abiso, at mababago ang setting.</translation>
    </message>
    <message>
        <source>有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます。</source>
        <translation>Nasa buwan na ng expiration. Kung mare-refer kayo ng HelloWork o mag-a-apply online sa panahong ito, hahaba ang expiration nang 1 buwan.</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日（{w}）{hh}時{mm:02d}分</source>
        <translation>{y}/{m}/{d} ({w}) {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>{status}（{reason}）</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>{deadline}までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。</source>
        <translation>Hanggang {deadline}, maibabalik sa &quot;Aktibo&quot; ang status sa &quot;Impormasyon at setting&quot;.</translation>
    </message>
    <message>
        <source>例: 一般事務、介護職員、製造ライン作業</source>
        <translation>Hal.: office clerk, caregiver, factory line work</translation>
    </message>
    <message>
        <source>例: 山形市、天童市</source>
        <translation>Hal.: Yamagata City, Tendo City</translation>
    </message>
    <message>
        <source>例: 月給18万円以上、時給1,000円以上</source>
        <translation>Hal.: ¥180,000+ bawat buwan, ¥1,000+ bawat oras</translation>
    </message>
    <message>
        <source>希望条件の変更</source>
        <translation>Pagpalit ng gustong kondisyon</translation>
    </message>
    <message>
        <source>希望する仕事の条件を変更できます。希望職種は必ず入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Mapapalitan ang kondisyon ng gustong trabaho. Kailangang ilagay ang gustong trabaho. Maaari rin itong palitan habang kumokonsulta sa counter (窓口).</translation>
    </message>
    <message>
        <source>希望条件を変更する</source>
        <translation>Palitan ang gustong kondisyon</translation>
    </message>
    <message>
        <source>希望条件を変更しました。</source>
        <translation>Napalitan ang gustong kondisyon.</translation>
    </message>
    <message>
        <source>はじめに</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>希望する仕事</source>
        <translation>Gustong trabaho</translation>
    </message>
    <message>
        <source>免許・資格、障害に関する情報、自己PR</source>
        <translation>Lisensya, kapansanan, self-PR</translation>
    </message>
    <message>
        <source>入力内容の確認</source>
        <translation>Suriin ang inilagay</translation>
    </message>
    <message>
        <source>仮登録の完了</source>
        <translation>Tapos ang pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(walang laman)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>kasalukuyan</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}/{month}/{day}</translation>
    </message>
    <message>
        <source>性別（任意）</source>
        <translation>Kasarian (opsyonal)</translation>
    </message>
    <message>
        <source>希望する雇用形態</source>
        <translation>Gustong uri ng trabaho</translation>
    </message>
    <message>
        <source>希望就業時間</source>
        <translation>Gustong oras ng trabaho</translation>
    </message>
    <message>
        <source>障害に関する情報（任意）</source>
        <translation>Tungkol sa kapansanan (opsyonal)</translation>
    </message>
    <message>
        <source>入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。</source>
        <translation>Suriin ang inilagay. Kung tama, pindutin ang &quot;Ipadala ang pansamantalang rehistro&quot;.</translation>
    </message>
    <message>
        <source>修正する</source>
        <translation>Baguhin</translation>
    </message>
    <message>
        <source>{title}を修正する</source>
        <translation>Baguhin ang {title}</translation>
    </message>
    <message>
        <source>求職仮登録を受け付けました。まだ求職申込みは完了していません。</source>
        <translation>Natanggap ang pansamantalang rehistro (仮登録). Hindi pa tapos ang pag-apply bilang job seeker.</translation>
    </message>
    <message>
        <source>仮登録番号</source>
        <translation>Numero ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。仮登録番号は、入力したメールアドレスにもお送りしました。</source>
        <translation>Pumunta sa counter (窓口) ng {office} bago ang {date}. Sa counter, susuriin ang inyong ID at detalye at gagawin ang pormal na rehistro (本登録); ibibigay ang numero ng job seeker (求職番号) at mabubuksan agad ang My Page. Pagkalipas ng petsa, buburahin ang 仮登録. Ipinadala rin ang numero ng 仮登録 sa inyong email.</translation>
    </message>
    <message>
        <source>窓口にお持ちいただくもの</source>
        <translation>Dalhin sa counter (窓口)</translation>
    </message>
    <message>
        <source>一時保存した入力を再開する</source>
        <translation>Ituloy ang pansamantalang na-save</translation>
    </message>
    <message>
        <source>一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、届いたメールの認証キーを入力してください。</source>
        <translation>Ilagay ang email na ginamit sa pag-save, pindutin ang &quot;Ipadala ang authentication key&quot;, at ilagay ang key mula sa email.</translation>
    </message>
    <message>
        <source>認証キーを送信</source>
        <translation>Ipadala ang authentication key</translation>
    </message>
    <message>
        <source>認証キー</source>
        <translation>Authentication key (認証キー)</translation>
    </message>
    <message>
        <source>再開する</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <source>一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。</source>
        <translation>Kung may pansamantalang na-save, ipinadala namin ang authentication key sa email (valid nang {minutes} minuto). Kung hindi dumating, suriin ang email address at payagan ang email mula sa {sender}.</translation>
    </message>
    <message>
        <source>ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。</source>
        <translation>Bago pumunta sa HelloWork, maaari ninyong ilagay dito ang detalye ng pag-apply bilang job seeker (仮登録). Isulat ang numero ng 仮登録 na lalabas, at pumunta sa counter (窓口) ng HelloWork bago ang nakasaad na petsa. Sa counter, susuriin ang detalye at ID at gagawin ang pormal na rehistro (本登録); ibibigay ang numero ng job seeker (求職番号). Kapag pinindot ang &quot;Pansamantalang i-save&quot;, maitutuloy ninyo ito mamaya (ipapakita ang huling araw kapag nag-save).</translation>
    </message>
    <message>
        <source>中学校または高等学校に在学中ですか。</source>
        <translation>Nag-aaral pa ba kayo sa junior high o high school?</translation>
    </message>
    <message>
        <source>在学中である</source>
        <translation>Oo, nag-aaral pa</translation>
    </message>
    <message>
        <source>在学中ではない</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>一時保存</source>
        <translation>Pansamantalang i-save</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>次へ進む</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <source>この内容で仮登録する</source>
        <translation>Ipadala ang pansamantalang rehistro</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}&#x3000;{title}</source>
        <translation>Hakbang {n}/{total}&#x3000;{title}</translation>
    </message>
    <message>
        <source>入力内容を確認してください。入力した内容はそのままです。</source>
        <translation>Suriin ang inilagay. Nananatili ang inyong inilagay.</translation>
    </message>
    <message>
        <source>一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスとメールで届く認証キーで再開できます。</source>
        <translation>Pansamantalang na-save hanggang {y}/{m}/{d} ({days} araw mula sa huling pag-save). Ituloy sa &quot;Ituloy ang pansamantalang na-save&quot; sa &quot;Pag-apply bilang job seeker (仮登録)&quot;, gamit ang email at ang authentication key na ipapadala.</translation>
    </message>
    <message>
        <source>一時保存した入力を読み込みました。続きから入力してください。</source>
        <translation>Na-load ang pansamantalang na-save. Ituloy ang paglalagay.</translation>
    </message>
    <message>
        <source>入力した内容は、一時保存していない分は失われます。終了しますか。</source>
        <translation>Mawawala ang hindi pa pansamantalang na-save. Isara?</translation>
    </message>
    <message>
        <source>終了する</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>入力に戻る</source>
        <translation>Bumalik sa paglalagay</translation>
    </message>
    <message>
        <source>【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。</source>
        <translation>[Sarado] Sarado na ang bakanteng ito. Ang detalye sa ibaba ay noong ni-refer kayo.</translation>
    </message>
    <message>
        <source>ハローワークからの連絡事項（備考）</source>
        <translation>Abiso mula sa HelloWork (tala)</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>{occupation}（{company}）</source>
        <translation>{occupation} ({company})</translation>
    </message>
    <message>
        <source>紹介日：{day}&#x3000;紹介番号：{number}&#x3000;紹介元／担当：{source}&#x3000;応募状況：{status}</source>
        <translation>Referral: {day}&#x3000;Numero: {number}&#x3000;Mula/staff: {source}&#x3000;Status: {status}</translation>
    </message>
    <message>
        <source>（連絡事項はありません）</source>
        <translation>(walang abiso)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が変わっても、ここには紹介時点の内容を表示します。</source>
        <translation>Ito ang detalye ng bakante (求人票) noong ni-refer ng HelloWork ({day}). Kahit magbago ang bakante, dito ay ipinapakita ang detalye noong referral.</translation>
    </message>
    <message>
        <source>紹介状</source>
        <translation>Referral letter (紹介状)</translation>
    </message>
    <message>
        <source>事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、PDFで保存してご利用ください。</source>
        <translation>Ito ang referral letter (紹介状) na dadalhin sa employer kasama ng inyong mga dokumento. I-print ito o i-save bilang PDF.</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。</source>
        <translation>Hindi ma-print. Suriin ang power at papel ng printer at subukang muli.</translation>
    </message>
    <message>
        <source>紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。</source>
        <translation>Na-print ang referral letter (紹介状). Kung walang lumabas sa printer, magtanong sa staff sa counter (窓口).</translation>
    </message>
    <message>
        <source>紹介日</source>
        <translation>Petsa ng referral</translation>
    </message>
    <message>
        <source>紹介番号</source>
        <translation>Numero ng referral</translation>
    </message>
    <message>
        <source>応募状況</source>
        <translation>Status ng aplikasyon</translation>
    </message>
    <message>
        <source>紹介元／担当</source>
        <translation>Mula/staff</translation>
    </message>
    <message>
        <source>紹介された求人</source>
        <translation>Ni-refer na bakante</translation>
    </message>
    <message>
        <source>ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。</source>
        <translation>Wala pang bakanteng ni-refer ng HelloWork. Kapag ni-refer kayo sa counter (窓口), lalabas dito ang bakante at referral letter.</translation>
    </message>
    <message>
        <source>紹介状を表示</source>
        <translation>Ipakita ang referral letter</translation>
    </message>
    <message>
        <source>現在の求人票を見る</source>
        <translation>Tingnan ang kasalukuyang bakante</translation>
    </message>
    <message>
        <source>紹介状の内容</source>
        <translation>Nilalaman ng referral letter</translation>
    </message>
    <message>
        <source>紹介された求人・紹介状</source>
        <translation>Ni-refer na bakante at referral letter (紹介状)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。</source>
        <translation>Mga bakanteng ni-refer ng HelloWork. Pumili ng hanay para makita ang detalye ng bakante noong referral at ang abiso ng HelloWork. Sa &quot;Ipakita ang referral letter&quot;, maaaring i-print o i-save ito bilang PDF.</translation>
    </message>
    <message>
        <source>この求人の募集は終了しています。</source>
        <translation>Sarado na ang bakanteng ito.</translation>
    </message>
    <message>
        <source>紹介状を読み込んでいます…</source>
        <translation>Naglo-load ng referral letter…</translation>
    </message>
    <message>
        <source>まもなくログアウトします</source>
        <translation>Malapit nang mag-logout</translation>
    </message>
    <message>
        <source>操作を続ける</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>ログアウトせずに利用を続けます</source>
        <translation>Magpatuloy nang hindi nagla-logout</translation>
    </message>
    <message>
        <source>しばらく操作がありません。あと{n}秒でログアウトします。
続けて利用する場合は「操作を続ける」を押してください。</source>
        <translation>Matagal nang walang galaw. Magla-logout sa loob ng {n} segundo.
Para magpatuloy, pindutin ang &quot;Magpatuloy&quot;.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。ヘルプデスクにお問い合わせください。</source>
        <translation>Hindi maipakita ang screen ng pagbukas ng My Page. Magtanong sa helpdesk.</translation>
    </message>
    <message>
        <source>操作がないまま時間が経過したため、求職申込み（仮登録）の画面を閉じ、入力した内容を消去しました。</source>
        <translation>Dahil matagal na walang galaw, isinara ang screen ng pansamantalang rehistro (仮登録) at binura ang inilagay.</translation>
    </message>
    <message>
        <source>オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が動いていることを確認してください。続く場合はシステム担当者に連絡してください。</source>
        <translation>Hindi makakonekta sa office server. Suriin ang network at kung tumatakbo ang server (server_url). Kung magpatuloy ito, tawagan ang system staff.</translation>
    </message>
    <message>
        <source>データベースに接続できません（{kind}）。設定（database_url）と、データベースサーバーが起動していることを確認してください。</source>
        <translation>Hindi makakonekta sa database ({kind}). Suriin ang setting (database_url) at kung tumatakbo ang database server.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。</source>
        <translation>Hindi maipakita ang screen ng pagbukas ng My Page. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。
安全のため、最初の画面に戻りました。

問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、次のお問い合わせ番号をお伝えください。

お問い合わせ番号：{incident}</source>
        <translation>May hindi inaasahang error. Paumanhin po.
Para sa kaligtasan, bumalik sa unang screen.

Kung magpatuloy ang problema, tumawag sa helpdesk (tel.: {helpdesk}) at ibigay ang numerong ito.

Numero ng tanong: {incident}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、この画面はありません。送信されたメールが数秒で表示されます。</source>
        <translation>Para sa demo lamang ang screen na ito. Sa totoong gamit, darating ang email sa email address ng user at walang ganitong screen. Lalabas ang naipadalang email sa loob ng ilang segundo.</translation>
    </message>
    <message>
        <source>受信日時</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <source>宛先</source>
        <translation>Para kay</translation>
    </message>
    <message>
        <source>受信したメール</source>
        <translation>Natanggap na email</translation>
    </message>
    <message>
        <source>メール本文</source>
        <translation>Nilalaman ng email</translation>
    </message>
    <message>
        <source>メールを読み込めません（{reason}）。</source>
        <translation>Hindi ma-load ang email ({reason}).</translation>
    </message>
    <message>
        <source>{n}通のメール</source>
        <translation>{n} email</translation>
    </message>
    <message>
        <source>差出人：{sender}
宛先：{recipient}
件名：{subject}
受信日時：{at}

</source>
        <translation>Mula kay: {sender}
Para kay: {recipient}
Paksa: {subject}
Natanggap: {at}

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
        <translation>{title} ({count} bago)</translation>
    </message>
    <message>
        <source>求職者マイページを起動できません</source>
        <translation>Hindi mabuksan ang My Page</translation>
    </message>
    <message>
        <source>起動に必要なモジュールを読み込めません（{error}）。</source>
        <translation>Hindi ma-load ang module na kailangan sa pagbukas ({error}).</translation>
    </message>
    <message>
        <source>マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。続けるには、もう一度パスワードを入力してください。</source>
        <translation>Habang binubuksan ang My Page, lumampas sa limitasyon ang oras na walang galaw sa staff screen. Para magpatuloy, ilagay muli ang password.</translation>
    </message>
    <message>
        <source>ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。</source>
        <translation>Pinalitan ang login ID ng {email}. Hindi na valid ang authentication key sa lumang address at natapos ang naka-login na My Page. Magpapadala ng abiso sa luma at bagong address.</translation>
    </message>
    <message>
        <source>ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。</source>
        <translation>Nairehistro ang {email} bilang login ID. Magpapadala ng abiso sa address na ito.</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <translation>I-unlock ang account</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で確認してください。</source>
        <translation>I-unlock ang account na na-lock dahil sa sunud-sunod na maling password. Suriin ang ID ng user.</translation>
    </message>
    <message>
        <source>ロックを解除する</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <source>ロックを解除しました。ご本人はすぐにログインできます。</source>
        <translation>Na-unlock. Makakapag-login na agad ang user.</translation>
    </message>
    <message>
        <source>ロックはされていませんでした（失敗の回数は0に戻しました）。</source>
        <translation>Hindi naka-lock (ibinalik sa 0 ang bilang ng mali).</translation>
    </message>
    <message>
        <source>認証キーの無効化</source>
        <translation>Pagpawalang-bisa ng authentication key</translation>
    </message>
    <message>
        <source>この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？</source>
        <translation>Gagawing invalid ang lahat ng hindi pa nagagamit na authentication key na ipinadala sa job seeker na ito. Ituloy?</translation>
    </message>
    <message>
        <source>無効にする</source>
        <translation>Gawing invalid</translation>
    </message>
    <message>
        <source>認証キーを{n}件無効にしました。</source>
        <translation>{n} authentication key ang ginawang invalid.</translation>
    </message>
    <message>
        <source>無効にする認証キーはありませんでした。</source>
        <translation>Walang authentication key na gagawing invalid.</translation>
    </message>
    <message>
        <source>パスワード再設定の開始</source>
        <translation>Simulan ang pag-reset ng password</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。
ご本人であることを本人確認書類で確認してください。</source>
        <translation>Magpapadala ng authentication key para sa pag-reset ng password sa nakarehistrong email. Hindi malalaman ng staff ang password. Ang user mismo ang magtatakda ng bagong password gamit ang key.
Suriin ang ID ng user.</translation>
    </message>
    <message>
        <source>認証キーを送る</source>
        <translation>Ipadala ang authentication key</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の手順で新しいパスワードを設定してもらってください。</source>
        <translation>Naipadala ang authentication key sa nakarehistrong email (valid nang {m} minuto). Ipagawa sa user ang bagong password ayon sa email.</translation>
    </message>
    <message>
        <source>このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。しばらくしてからやり直してください。</source>
        <translation>Naabot na ang limitasyon ng pagpapadala ng key sa address na ito, kaya hindi naipadala. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>この求職者はマイページを開設していない（または停止中の）ため、パスワードの再設定はできません。</source>
        <translation>Hindi pa bukas (o suspendido) ang My Page ng job seeker na ito, kaya hindi ma-reset ang password.</translation>
    </message>
    <message>
        <source>セッションの強制終了</source>
        <translation>Sapilitang pagtapos ng session</translation>
    </message>
    <message>
        <source>この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に戻ります）。よろしいですか？</source>
        <translation>Tatapusin ang naka-login na My Page ng job seeker na ito (sa anumang computer, babalik ito sa login screen sa susunod na galaw). Ituloy?</translation>
    </message>
    <message>
        <source>終了させる</source>
        <translation>Tapusin</translation>
    </message>
    <message>
        <source>ログイン中のマイページを終了させました（{n}件）。</source>
        <translation>Natapos ang naka-login na My Page ({n}).</translation>
    </message>
    <message>
        <source>ログイン中のマイページはありませんでした。</source>
        <translation>Walang naka-login na My Page.</translation>
    </message>
    <message>
        <source>{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）</source>
        <translation>Naisyu ang referral letter (紹介状) para kay {name}. Referral: {referral} (aplikasyon: {application})</translation>
    </message>
    <message>
        <source>求職の有効期限を {date} まで延長しました。</source>
        <translation>Pinahaba ang expiration hanggang {date}.</translation>
    </message>
    <message>
        <source>応募 {number} の応募状況を「{status}」として記録しました。</source>
        <translation>Naitala ang status ng aplikasyon {number} bilang &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>{name} さんのマイページに{what}を送りました。</source>
        <translation>Naipadala ang {what} sa My Page ni {name}.</translation>
    </message>
    <message>
        <source>応募書類をPDFで保存</source>
        <translation>I-save ang dokumento bilang PDF</translation>
    </message>
    <message>
        <source>応募番号または紹介番号</source>
        <translation>Numero ng aplikasyon o referral</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>オンライン自主応募の志望動機と応募書類を確認します。</source>
        <translation>Suriin ang dahilan ng pag-apply at mga dokumento ng online na pag-apply.</translation>
    </message>
    <message>
        <source>応募番号：{number}（{source}、{status}）
応募日：{applied}
求職者：{name}（{seeker}）
求人：{company}&#x3000;{occupation}（{job}）</source>
        <translation>Aplikasyon: {number} ({source}, {status})
Petsa: {applied}
Job seeker: {name} ({seeker})
Bakante: {company}&#x3000;{occupation} ({job})</translation>
    </message>
    <message>
        <source>（志望動機はありません）</source>
        <translation>(walang dahilan ng pag-apply)</translation>
    </message>
    <message>
        <source>{kind}：{name} をPDFで保存…</source>
        <translation>I-save ang {kind}: {name} bilang PDF…</translation>
    </message>
    <message>
        <source>添付された書類はありません</source>
        <translation>Walang nakalakip na dokumento</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでください。</source>
        <translation>Hindi ma-save ang PDF. Pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>保存しました：{path}</source>
        <translation>Na-save: {path}</translation>
    </message>
    <message>
        <source>求職者アカウント</source>
        <translation>Account ng job seeker</translation>
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
        <translation>Hindi naka-login</translation>
    </message>
    <message>
        <source>データ取込</source>
        <translation>Pag-import ng data</translation>
    </message>
    <message>
        <source>サーバー管理者</source>
        <translation>Server admin</translation>
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
        <translation>Terminal</translation>
    </message>
    <message>
        <source>求職者セッション</source>
        <translation>Session ng job seeker</translation>
    </message>
    <message>
        <source>職員セッション</source>
        <translation>Session ng staff</translation>
    </message>
    <message>
        <source>仮登録</source>
        <translation>Pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>応募書類</source>
        <translation>Dokumento ng aplikasyon</translation>
    </message>
    <message>
        <source>応募（書き出し件数）</source>
        <translation>Aplikasyon (bilang na na-export)</translation>
    </message>
    <message>
        <source>直接リクエスト</source>
        <translation>Direktang request</translation>
    </message>
    <message>
        <source>{kind}で検索・{n}件</source>
        <translation>Hinanap gamit ang {kind}: {n}</translation>
    </message>
    <message>
        <source>操作者</source>
        <translation>Gumawa</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Aksyon</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>{name}（職員 {id}）</source>
        <translation>{name} (staff {id})</translation>
    </message>
    <message>
        <source>例: 123</source>
        <translation>Hal.: 123</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Maghanap</translation>
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
        <translation>&amp;Panahon</translation>
    </message>
    <message>
        <source>職員(&amp;S)</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>求職者ID(&amp;I)</source>
        <translation>&amp;ID ng job seeker</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Aksyon</translation>
    </message>
    <message>
        <source>期間（終了日）</source>
        <translation>Panahon (katapusan)</translation>
    </message>
    <message>
        <source>期間（開始日）</source>
        <translation>Panahon (simula)</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>［無効］</source>
        <translation>[invalid]</translation>
    </message>
    <message>
        <source>求職者IDは数字で入力してください（例: 123）。</source>
        <translation>Ilagay ang ID ng job seeker bilang numero (hal.: 123).</translation>
    </message>
    <message>
        <source>条件に合う記録はありません。</source>
        <translation>Walang tugmang record.</translation>
    </message>
    <message>
        <source>{n}件を表示しています。続きを読み込んでいます…</source>
        <translation>{n} ang ipinapakita. Naglo-load pa…</translation>
    </message>
    <message>
        <source>{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。</source>
        <translation>{n} ang ipinapakita. Mag-scroll pababa para i-load ang mas luma.</translation>
    </message>
    <message>
        <source>{n}件を表示しています（すべて）。</source>
        <translation>{n} ang ipinapakita (lahat).</translation>
    </message>
    <message>
        <source>パスワードの再入力が取り消されたため、操作は行っていません。</source>
        <translation>Kinansela ang muling paglagay ng password, kaya walang ginawa.</translation>
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
        <translation>Counter (窓口)</translation>
    </message>
    <message>
        <source>端末管理</source>
        <translation>Mga terminal</translation>
    </message>
    <message>
        <source>仮登録の確認</source>
        <translation>Suriin ang pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）…</source>
        <translation>Irehistro ang bagong job seeker…</translation>
    </message>
    <message>
        <source>窓口でマイページを開設</source>
        <translation>Buksan ang My Page sa counter</translation>
    </message>
    <message>
        <source>このパソコンで求職者ご本人にマイページを開設してもらいます。職員の画面は閉じ、ご本人が自分でパスワードを入力します。</source>
        <translation>Ipabukas sa job seeker ang My Page sa computer na ito. Isasara ang staff screen at ang user mismo ang maglalagay ng password.</translation>
    </message>
    <message>
        <source>求職者情報・アカウント</source>
        <translation>Impormasyon at account</translation>
    </message>
    <message>
        <source>応募内容</source>
        <translation>Nilalaman ng aplikasyon</translation>
    </message>
    <message>
        <source>求職者を選んでください</source>
        <translation>Pumili ng job seeker</translation>
    </message>
    <message>
        <source>{name}（{kana}） 求職番号 {number}</source>
        <translation>{name} ({kana}) Numero ng job seeker (求職番号) {number}</translation>
    </message>
    <message>
        <source>求職登録しました。求職番号: {number}&#x3000;有効期限: {valid}</source>
        <translation>Nairehistro ang job seeker. Numero ng job seeker (求職番号): {number}&#x3000;Expiration: {valid}</translation>
    </message>
    <message>
        <source>ログインID（{email}）も登録しました。ご本人は「ハローワークをご利用中の方のマイページ開設」から開設できます。</source>
        <translation>Nairehistro rin ang login ID ({email}). Mabubuksan ito ng user sa &quot;Pagbukas ng My Page para sa gumagamit ng HelloWork&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Napalitan ang password.</translation>
    </message>
    <message>
        <source>{kind}「{name}」</source>
        <translation>{kind} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>端末ID</source>
        <translation>ID ng terminal</translation>
    </message>
    <message>
        <source>登録日時</source>
        <translation>Nairehistro</translation>
    </message>
    <message>
        <source>最終通信</source>
        <translation>Huling koneksyon</translation>
    </message>
    <message>
        <source>未通信</source>
        <translation>Wala pang koneksyon</translation>
    </message>
    <message>
        <source>取消済み</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>{at} に取り消しました</source>
        <translation>Kinansela noong {at}</translation>
    </message>
    <message>
        <source>申請日時</source>
        <translation>Petsa ng hiling</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。</source>
        <translation>Aprubahan ang mga computer (terminal ng user, counter, staff) na kokonekta sa server ng opisina, at kanselahin ang hindi na ginagamit. Naitatala sa audit log ang apruba at kansela.</translation>
    </message>
    <message>
        <source>例: BCDF-GHJK</source>
        <translation>Hal.: BCDF-GHJK</translation>
    </message>
    <message>
        <source>登録コード</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <source>承認する</source>
        <translation>Aprubahan</translation>
    </message>
    <message>
        <source>承認待ちの申請</source>
        <translation>Naghihintay ng apruba</translation>
    </message>
    <message>
        <source>登録済みの端末</source>
        <translation>Nakarehistrong terminal</translation>
    </message>
    <message>
        <source>登録を取り消す</source>
        <translation>Kanselahin ang rehistro</translation>
    </message>
    <message>
        <source>登録コード(&amp;C)</source>
        <translation>Registration &amp;code</translation>
    </message>
    <message>
        <source>新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。</source>
        <translation>Ilagay ang registration code (8 letra) na nasa screen ng bagong computer at pindutin ang &quot;Aprubahan&quot;. Puwede ang maliit na letra o full-width. Makikita ang deadline ng code sa &quot;Naghihintay ng apruba&quot;.</translation>
    </message>
    <message>
        <source>新しい端末の承認</source>
        <translation>Aprubahan ang bagong terminal</translation>
    </message>
    <message>
        <source>承認を待っている申請はありません。</source>
        <translation>Walang naghihintay ng apruba.</translation>
    </message>
    <message>
        <source>{n}件の申請が承認を待っています。</source>
        <translation>{n} hiling ang naghihintay ng apruba.</translation>
    </message>
    <message>
        <source>登録コード {code} の端末を承認します。</source>
        <translation>Aaprubahan ang terminal na may code na {code}.</translation>
    </message>
    <message>
        <source>承認を待っている申請は {device}（申請 {at}）の1件です。</source>
        <translation>Isa ang naghihintay: {device} (hiling {at}).</translation>
    </message>
    <message>
        <source>承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。</source>
        <translation>{n} hiling ang naghihintay. Ang registration code ang magtatakda kung alin ang maaaprubahan.</translation>
    </message>
    <message>
        <source>{device}（申請 {at}）</source>
        <translation>{device} (hiling {at})</translation>
    </message>
    <message>
        <source>承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。</source>
        <translation>Walang naghihintay na hiling sa listahan. Maaaring nag-expire na ang code.</translation>
    </message>
    <message>
        <source>承認すると、その端末は事務所のサーバーに接続して使えるようになります。登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。</source>
        <translation>Kapag naaprubahan, makakakonekta ang terminal sa server ng opisina. Tiyaking ang code ay nasa screen ng bagong computer sa harap ninyo.</translation>
    </message>
    <message>
        <source>端末の承認</source>
        <translation>Pag-apruba ng terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、しばらくお待ちください。</source>
        <translation>Naaprubahan ang {device} (ID {uid}). Maghintay hanggang matapos ang rehistro sa terminal na iyon.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消しました。</source>
        <translation>Nakansela ang rehistro ng {device} (ID {uid}).</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）は既に取り消されていました。</source>
        <translation>Nakansela na dati ang {device} (ID {uid}).</translation>
    </message>
    <message>
        <source>端末の登録の取消</source>
        <translation>Pagkansela ng rehistro ng terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消します。
この端末は次の通信から使えなくなります。もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？</source>
        <translation>Kakanselahin ang rehistro ng {device} (ID {uid}).
Hindi na ito magagamit mula sa susunod na koneksyon. Para gamitin muli, irehistro itong muli sa terminal na iyon at ipaaprubahan. Ituloy?</translation>
    </message>
    <message>
        <source>取り消す</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>確認した本人確認書類</source>
        <translation>Sinuring ID</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の登録</source>
        <translation>Pagrehistro ng login ID (email address)</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の変更</source>
        <translation>Pagpalit ng login ID (email address)</translation>
    </message>
    <message>
        <source>ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。</source>
        <translation>Suriin ang ID ng user, saka ilagay ang bagong email address.</translation>
    </message>
    <message>
        <source>変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページはログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。</source>
        <translation>Kapag pinalitan, hindi na valid ang authentication key sa lumang address at mala-logout ang naka-login na My Page. Darating ang abiso sa luma at bagong address.</translation>
    </message>
    <message>
        <source>登録したアドレスにお知らせのメールが届きます。</source>
        <translation>Darating ang abiso sa nairehistrong address.</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Irehistro</translation>
    </message>
    <message>
        <source>（未登録）</source>
        <translation>(hindi nakarehistro)</translation>
    </message>
    <message>
        <source>新しいメールアドレス</source>
        <translation>Bagong email address</translation>
    </message>
    <message>
        <source>現在のメールアドレス</source>
        <translation>Kasalukuyang email address</translation>
    </message>
    <message>
        <source>（必須）</source>
        <translation>(kailangan)</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(pumili)</translation>
    </message>
    <message>
        <source>Delete キーで「{empty}」に戻ります。</source>
        <translation>Pindutin ang Delete para bumalik sa &quot;{empty}&quot;.</translation>
    </message>
    <message>
        <source>{n}／{max}文字</source>
        <translation>{n}/{max} character</translation>
    </message>
    <message>
        <source>求職者のマイページに「ハローワークからのお知らせ」を送ります。「おすすめ求人」では求人番号の求人票へのリンクが付きます。</source>
        <translation>Magpapadala ng &quot;Abiso mula sa HelloWork&quot; sa My Page ng job seeker. Sa &quot;Rekomendadong bakante&quot;, may link sa detalye ng bakante ng numerong iyon.</translation>
    </message>
    <message>
        <source>種別(&amp;K)</source>
        <translation>&amp;Uri</translation>
    </message>
    <message>
        <source>求人番号(&amp;J)</source>
        <translation>Numero ng &amp;bakante</translation>
    </message>
    <message>
        <source>「おすすめ求人」のときは必須です</source>
        <translation>Kailangan para sa &quot;Rekomendadong bakante&quot;</translation>
    </message>
    <message>
        <source>件名(&amp;T)</source>
        <translation>&amp;Paksa</translation>
    </message>
    <message>
        <source>{max}文字以内</source>
        <translation>Hanggang {max} character</translation>
    </message>
    <message>
        <source>本文(&amp;B)</source>
        <translation>&amp;Nilalaman</translation>
    </message>
    <message>
        <source>文字だけ（書式なし）、改行できます</source>
        <translation>Teksto lamang (walang format), puwede ang bagong linya</translation>
    </message>
    <message>
        <source>求人番号を入力してください。</source>
        <translation>Ilagay ang numero ng bakante.</translation>
    </message>
    <message>
        <source>紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。</source>
        <translation>Ilagay ang numero ng bakanteng ire-refer. Ipi-print ang tala sa referral letter (紹介状).</translation>
    </message>
    <message>
        <source>紹介状を発行</source>
        <translation>Mag-isyu ng referral letter (紹介状)</translation>
    </message>
    <message>
        <source>5桁-8桁の数字</source>
        <translation>5-8 na digit</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <source>本人確認書類を確認してから入力してください。ログイン用メールアドレスは、マイページを使う方だけ入力します。</source>
        <translation>Suriin muna ang ID bago maglagay. Ilagay lamang ang login email kung gagamit ng My Page ang user.</translation>
    </message>
    <message>
        <source>例: 山形 太郎</source>
        <translation>Hal.: 山形 太郎</translation>
    </message>
    <message>
        <source>例: ヤマガタ タロウ</source>
        <translation>Hal.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>生年月日（年）</source>
        <translation>Kapanganakan (taon)</translation>
    </message>
    <message>
        <source>生年月日（月）</source>
        <translation>Kapanganakan (buwan)</translation>
    </message>
    <message>
        <source>生年月日（日）</source>
        <translation>Kapanganakan (araw)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>taon</translation>
    </message>
    <message>
        <source>月</source>
        <translation>buwan</translation>
    </message>
    <message>
        <source>日</source>
        <translation>araw</translation>
    </message>
    <message>
        <source>例: 023-000-0000</source>
        <translation>Hal.: 023-000-0000</translation>
    </message>
    <message>
        <source>例: 一般事務</source>
        <translation>Hal.: office clerk</translation>
    </message>
    <message>
        <source>例: 山形市内</source>
        <translation>Hal.: sa Yamagata City</translation>
    </message>
    <message>
        <source>例: 月給18万円以上</source>
        <translation>Hal.: ¥180,000+ bawat buwan</translation>
    </message>
    <message>
        <source>本人の情報</source>
        <translation>Impormasyon ng user</translation>
    </message>
    <message>
        <source>氏名(&amp;M)</source>
        <translation>Pa&amp;ngalan</translation>
    </message>
    <message>
        <source>フリガナ(&amp;F)</source>
        <translation>&amp;Furigana</translation>
    </message>
    <message>
        <source>全角カタカナ（ひらがな・半角カナは自動で直します）</source>
        <translation>Full-width na katakana (awtomatikong itinatama ang hiragana at half-width na kana)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>&amp;Kapanganakan</translation>
    </message>
    <message>
        <source>西暦・半角数字</source>
        <translation>Western calendar, half-width na numero</translation>
    </message>
    <message>
        <source>電話番号(&amp;T)</source>
        <translation>&amp;Telepono</translation>
    </message>
    <message>
        <source>半角数字とハイフン</source>
        <translation>Half-width na numero at gitling</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>ログイン用メールアドレス(&amp;E)</source>
        <translation>Login &amp;email</translation>
    </message>
    <message>
        <source>マイページを使う場合のみ（半角英数字100文字以内）</source>
        <translation>Kung gagamit lamang ng My Page (hanggang 100 half-width na character)</translation>
    </message>
    <message>
        <source>求職の申込み</source>
        <translation>Pag-apply bilang job seeker</translation>
    </message>
    <message>
        <source>求職申込日(&amp;D)</source>
        <translation>Petsa ng pag-&amp;apply</translation>
    </message>
    <message>
        <source>希望職種(&amp;O)</source>
        <translation>Gustong t&amp;rabaho</translation>
    </message>
    <message>
        <source>希望勤務地(&amp;L)</source>
        <translation>Gustong &amp;lugar</translation>
    </message>
    <message>
        <source>希望賃金(&amp;W)</source>
        <translation>Gustong &amp;sahod</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Pagsuri ng ID</translation>
    </message>
    <message>
        <source>確認した本人確認書類(&amp;I)</source>
        <translation>Sinuring &amp;ID</translation>
    </message>
    <message>
        <source>求職申込日に未来の日付は指定できません。</source>
        <translation>Hindi puwedeng petsa sa hinaharap ang petsa ng pag-apply.</translation>
    </message>
    <message>
        <source>事業所から連絡のあった応募状況を記録します。「面接予定」のときは面接の日時と場所も入力してください。</source>
        <translation>Itala ang status ng aplikasyon na ipinaalam ng employer. Para sa &quot;May interview&quot;, ilagay din ang petsa, oras at lugar.</translation>
    </message>
    <message>
        <source>応募状況を記録</source>
        <translation>Itala ang status</translation>
    </message>
    <message>
        <source>未入力</source>
        <translation>Walang laman</translation>
    </message>
    <message>
        <source>面接の時刻</source>
        <translation>Oras ng interview</translation>
    </message>
    <message>
        <source>応募番号(&amp;A)</source>
        <translation>Numero ng &amp;aplikasyon</translation>
    </message>
    <message>
        <source>新しい応募状況(&amp;S)</source>
        <translation>Bagong &amp;status</translation>
    </message>
    <message>
        <source>面接日時(&amp;D)</source>
        <translation>&amp;Petsa ng interview</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です</source>
        <translation>Kailangan para sa &quot;May interview&quot;</translation>
    </message>
    <message>
        <source>面接場所(&amp;P)</source>
        <translation>&amp;Lugar ng interview</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です（{max}文字以内）</source>
        <translation>Kailangan para sa &quot;May interview&quot; (hanggang {max} character)</translation>
    </message>
    <message>
        <source>応募番号または紹介番号を入力してください。</source>
        <translation>Ilagay ang numero ng aplikasyon o referral.</translation>
    </message>
    <message>
        <source>新しい応募状況を選んでください。</source>
        <translation>Pumili ng bagong status.</translation>
    </message>
    <message>
        <source>生年月日（西暦）</source>
        <translation>Kapanganakan (Western calendar)</translation>
    </message>
    <message>
        <source>フリガナ＋生年月日</source>
        <translation>Furigana + kapanganakan</translation>
    </message>
    <message>
        <source>ID未登録</source>
        <translation>Walang ID</translation>
    </message>
    <message>
        <source>ロック中</source>
        <translation>Naka-lock</translation>
    </message>
    <message>
        <source>該当する求職者はいません。</source>
        <translation>Walang tugmang job seeker.</translation>
    </message>
    <message>
        <source>ご本人による変更はありません。</source>
        <translation>Walang pagbabago ng user.</translation>
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
        <translation>Kasaysayan ng pagbabago ng user</translation>
    </message>
    <message>
        <source>または フリガナ</source>
        <translation>o furigana</translation>
    </message>
    <message>
        <source>仮登録を選んでください</source>
        <translation>Pumili ng pansamantalang rehistro (仮登録)</translation>
    </message>
    <message>
        <source>免許・資格・自己PR</source>
        <translation>Lisensya at self-PR</translation>
    </message>
    <message>
        <source>修正を保存</source>
        <translation>I-save ang pagwawasto</translation>
    </message>
    <message>
        <source>本人確認のうえ本登録する</source>
        <translation>Suriin ang ID at gawin ang pormal na rehistro (本登録)</translation>
    </message>
    <message>
        <source>{n}件見つかりました。</source>
        <translation>{n} ang nakita.</translation>
    </message>
    <message>
        <source>該当する仮登録はありません。</source>
        <translation>Walang tugmang pansamantalang rehistro (仮登録).</translation>
    </message>
    <message>
        <source>仮登録番号 {number}&#x3000;{status}&#x3000;{name}（{kana}）</source>
        <translation>Numero ng 仮登録 (pansamantalang rehistro) {number}&#x3000;{status}&#x3000;{name} ({kana})</translation>
    </message>
    <message>
        <source>求職番号 {number}</source>
        <translation>Numero ng job seeker (求職番号) {number}</translation>
    </message>
    <message>
        <source>修正を保存しました。</source>
        <translation>Na-save ang pagwawasto.</translation>
    </message>
    <message>
        <source>本登録しました。求職番号: {number}&#x3000;ログインID（{email}）も登録しました。ご本人がこの場で「窓口でマイページを開設」から開設できます。</source>
        <translation>Nagawa ang pormal na rehistro (本登録). Numero ng job seeker (求職番号): {number}&#x3000;Nairehistro rin ang login ID ({email}). Mabubuksan ito ng user dito sa &quot;Buksan ang My Page sa counter&quot;.</translation>
    </message>
    <message>
        <source>パスワードの再入力</source>
        <translation>Ilagay muli ang password</translation>
    </message>
    <message>
        <source>この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。</source>
        <translation>Bago ito gawin, ilagay muli ang password ni {name} para sa beripikasyon.</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）</source>
        <translation>Irehistro ang bagong job seeker</translation>
    </message>
    <message>
        <source>マイページ</source>
        <translation>My Page</translation>
    </message>
    <message>
        <source>停止中</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>開設済み</source>
        <translation>Bukas na</translation>
    </message>
    <message>
        <source>失敗{n}回</source>
        <translation>{n} mali</translation>
    </message>
    <message>
        <source>求職者ID（監査ログ用）</source>
        <translation>ID ng job seeker (para sa audit log)</translation>
    </message>
    <message>
        <source>希望（職種・勤務地・賃金）</source>
        <translation>Gusto (trabaho, lugar, sahod)</translation>
    </message>
    <message>
        <source>本人による最後の変更</source>
        <translation>Huling pagbabago ng user</translation>
    </message>
    <message>
        <source>ログインID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <source>ログインのロック</source>
        <translation>Lock ng login</translation>
    </message>
    <message>
        <source>ログイン中</source>
        <translation>Naka-login</translation>
    </message>
    <message>
        <source>提供する（{at} 同意）</source>
        <translation>Ibabahagi (sumang-ayon {at})</translation>
    </message>
    <message>
        <source>提供しない（{at} 同意取り消し）</source>
        <translation>Hindi ibabahagi (binawi {at})</translation>
    </message>
    <message>
        <source>提供しない（同意なし）</source>
        <translation>Hindi ibabahagi (hindi sumang-ayon)</translation>
    </message>
    <message>
        <source>{at}（{items}）</source>
        <translation>{at} ({items})</translation>
    </message>
    <message>
        <source>左の検索結果から求職者を選んでください。</source>
        <translation>Pumili ng job seeker sa resulta sa kaliwa.</translation>
    </message>
    <message>
        <source>マイページのアカウント</source>
        <translation>Account sa My Page</translation>
    </message>
    <message>
        <source>メールアドレス変更…</source>
        <translation>Palitan ang email…</translation>
    </message>
    <message>
        <source>アカウントのロック解除…</source>
        <translation>I-unlock ang account…</translation>
    </message>
    <message>
        <source>パスワード再設定の開始…</source>
        <translation>Simulan ang pag-reset ng password…</translation>
    </message>
    <message>
        <source>本人による変更履歴…</source>
        <translation>Kasaysayan ng pagbabago…</translation>
    </message>
    <message>
        <source>ロック中（失敗{n}回）</source>
        <translation>Naka-lock ({n} mali)</translation>
    </message>
    <message>
        <source>なし（失敗{n}回）</source>
        <translation>Hindi ({n} mali)</translation>
    </message>
    <message>
        <source>有効な認証キーあり</source>
        <translation>May valid na authentication key</translation>
    </message>
    <message>
        <source>はい（ログイン中）</source>
        <translation>Oo (naka-login)</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>公開中（事業所が匿名で閲覧できます）</source>
        <translation>Naka-publish (makikita ng employer nang walang pangalan)</translation>
    </message>
    <message>
        <source>メールアドレス登録…</source>
        <translation>Irehistro ang email…</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}/{m}/{d}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Laki ng letra</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <source>ハイコントラスト</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>表示</source>
        <comment>配色</comment>
        <translation>Kulay</translation>
    </message>
    <message>
        <source>{kind}（任意）</source>
        <translation>{kind} (opsyonal)</translation>
    </message>
    <message>
        <source>PDFを選ぶ…</source>
        <translation>Pumili ng PDF…</translation>
    </message>
    <message>
        <source>{kind}のPDFを選ぶ</source>
        <translation>Pumili ng PDF ng {kind}</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>{kind}を外す</source>
        <translation>Alisin ang {kind}</translation>
    </message>
    <message>
        <source>作成する…</source>
        <translation>Gumawa…</translation>
    </message>
    <message>
        <source>{kind}を作成する</source>
        <translation>Gumawa ng {kind}</translation>
    </message>
    <message>
        <source>登録されている情報から{kind}を作成して添付します</source>
        <translation>Gumawa ng {kind} mula sa nakarehistrong impormasyon at ilakip ito</translation>
    </message>
    <message>
        <source>ファイルを読み込めませんでした。別のファイルを選んでください。</source>
        <translation>Hindi mabasa ang file. Pumili ng ibang file.</translation>
    </message>
    <message>
        <source>PDFファイル (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>入力エラー</source>
        <translation>Error sa inilagay</translation>
    </message>
    <message>
        <source>受付年月日</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <source>紹介期限日</source>
        <translation>Huling araw ng referral</translation>
    </message>
    <message>
        <source>仕事の内容</source>
        <translation>Nilalaman ng trabaho</translation>
    </message>
    <message>
        <source>就業時間</source>
        <translation>Oras ng trabaho</translation>
    </message>
    <message>
        <source>休日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>オンライン自主応募の可否</source>
        <translation>Online na pag-apply (オンライン自主応募)</translation>
    </message>
    <message>
        <source>求人者マイページの有無</source>
        <translation>May My Page ng employer</translation>
    </message>
    <message>
        <source>可（このマイページから応募できます）</source>
        <translation>Oo (makakapag-apply mula sa My Page na ito)</translation>
    </message>
    <message>
        <source>不可（ハローワークの紹介が必要です）</source>
        <translation>Hindi (kailangan ng referral ng HelloWork)</translation>
    </message>
    <message>
        <source>あり（応募後にメッセージでやりとりできます）</source>
        <translation>Mayroon (makakapagpalitan ng mensahe pagkatapos mag-apply)</translation>
    </message>
    <message>
        <source>このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、ハローワークが用意した保存用フォルダーだけです。
保存用フォルダーに保存したファイルは、ログアウトすると削除されます。持ち帰るときは USB メモリに保存するか、印刷してください。</source>
        <translation>Shared ang computer na ito, kaya makakapag-save lamang sa USB memory o iba pang natatanggal na storage, at sa folder na inihanda ng HelloWork.
Buburahin ang mga file sa folder na iyon pagka-logout. Para iuwi, i-save sa USB memory o i-print.</translation>
    </message>
    <message>
        <source>保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。印刷はいつでもできます。</source>
        <translation>Walang lugar na mase-save-an. Isaksak ang USB memory at pindutin ang &quot;I-refresh ang lugar&quot;. Puwedeng mag-print anumang oras.</translation>
    </message>
    <message>
        <source>USB メモリなど：{name}（{folder}）</source>
        <translation>USB memory, atbp.: {name} ({folder})</translation>
    </message>
    <message>
        <source>ハローワークの保存用フォルダー（ログアウトすると削除されます）</source>
        <translation>Folder ng HelloWork (buburahin pagka-logout)</translation>
    </message>
    <message>
        <source>ファイル名：{name}</source>
        <translation>Pangalan ng file: {name}</translation>
    </message>
    <message>
        <source>保存先</source>
        <translation>I-save sa</translation>
    </message>
    <message>
        <source>場所を更新</source>
        <translation>I-refresh ang lugar</translation>
    </message>
    <message>
        <source>保存する</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>この場所には保存できません。別の場所を選んでください。</source>
        <translation>Hindi makakapag-save dito. Pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで開かれています。別の場所か別の名前を選んでください。</source>
        <translation>Hindi ma-save ang PDF. Hindi puwede ang lugar na ito, o bukas sa ibang app ang file na may parehong pangalan. Pumili ng ibang lugar o pangalan.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。</source>
        <translation>Hindi ma-save ang PDF. Kulang ang espasyo. Pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。</source>
        <translation>Hindi ma-save ang PDF. Hindi makita ang folder. Pumili ng ibang lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでもう一度お試しください。</source>
        <translation>Hindi ma-save ang PDF. Pumili ng ibang lugar at subukang muli.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように入力してください。</source>
        <translation>Ilagay ang taon at buwan gaya ng &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>始め（年月）</source>
        <translation>Simula (taon-buwan)</translation>
    </message>
    <message>
        <source>終わり（年月）</source>
        <translation>Katapusan (taon-buwan)</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Magdagdag ng hanay</translation>
    </message>
    <message>
        <source>始め</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>終わり</source>
        <translation>Katapusan</translation>
    </message>
    <message>
        <source>{n}行目の</source>
        <translation>Hanay {n}: </translation>
    </message>
    <message>
        <source>{n}行目を削除</source>
        <translation>Burahin ang hanay {n}</translation>
    </message>
    <message>
        <source>学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。</source>
        <translation>Ilagay ang edukasyon at karanasan sa trabaho, mula sa pinakaluma (hanggang {max} hanay bawat isa).</translation>
    </message>
    <message>
        <source>学校名・学部・学科、卒業・中退など</source>
        <translation>Paaralan, kurso, nagtapos/huminto, atbp.</translation>
    </message>
    <message>
        <source>在学中の場合、終わりは空欄にしてください。</source>
        <translation>Kung nag-aaral pa, iwanang blangko ang katapusan.</translation>
    </message>
    <message>
        <source>会社名・仕事の内容</source>
        <translation>Kompanya at nilalaman ng trabaho</translation>
    </message>
    <message>
        <source>現在お勤めの場合、終わりは空欄にしてください。</source>
        <translation>Kung nagtatrabaho pa roon, iwanang blangko ang katapusan.</translation>
    </message>
    <message>
        <source>ご本人の情報を入力してください。</source>
        <translation>Ilagay ang inyong impormasyon.</translation>
    </message>
    <message>
        <source>例: 山形 太郎（姓と名の間に空白）</source>
        <translation>Hal.: 山形 太郎 (may espasyo sa pagitan ng apelyido at pangalan)</translation>
    </message>
    <message>
        <source>カタカナ（ひらがなでも入力できます）&#x3000;例: ヤマガタ タロウ</source>
        <translation>Katakana (puwede rin ang hiragana)&#x3000;Hal.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>半角数字、西暦で入力してください</source>
        <translation>Half-width na numero, Western calendar</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>選択しない</source>
        <translation>Hindi pipili</translation>
    </message>
    <message>
        <source>連絡先を入力してください。</source>
        <translation>Ilagay ang contact.</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください</source>
        <translation>Ilagay hanggang numero ng bahay, gusali at kwarto</translation>
    </message>
    <message>
        <source>仮登録番号のお知らせと、一時保存した入力の再開に使います</source>
        <translation>Gagamitin para sa numero ng pansamantalang rehistro (仮登録) at sa pagtuloy ng pansamantalang na-save</translation>
    </message>
    <message>
        <source>希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Ilagay ang kondisyon ng gustong trabaho. Maaari rin itong palitan habang kumokonsulta sa counter (窓口).</translation>
    </message>
    <message>
        <source>例: 8:30〜17:30、午前のみ</source>
        <translation>Hal.: 8:30–17:30, umaga lamang</translation>
    </message>
    <message>
        <source>1行に1つ&#x3000;例: 普通自動車第一種運転免許（{max}文字以内）</source>
        <translation>Isa bawat linya&#x3000;Hal.: lisensya sa pagmamaneho (hanggang {max} character)</translation>
    </message>
    <message>
        <source>障害に関する情報</source>
        <translation>Tungkol sa kapansanan</translation>
    </message>
    <message>
        <source>入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください（窓口でご相談いただくこともできます）。</source>
        <translation>Opsyonal ito. Makakagawa ng pansamantalang rehistro (仮登録) kahit walang laman. Ilagay kung may kailangang konsiderasyon (maaari ring kumonsulta sa counter (窓口)).</translation>
    </message>
    <message>
        <source>（任意）</source>
        <translation>(opsyonal)</translation>
    </message>
    <message>
        <source>紹介状をPDFで保存</source>
        <translation>I-save ang referral letter bilang PDF</translation>
    </message>
    <message>
        <source>紹介状を印刷</source>
        <translation>I-print ang referral letter</translation>
    </message>
    <message>
        <source>{name}を表示</source>
        <translation>Ipakita ang {name}</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>Kung gagamit ng computer sa HelloWork, siguraduhing mag-&quot;Logout&quot; pagkatapos.</translation>
    </message>
    <message>
        <source>【！重要！】</source>
        <translation>[MAHALAGA!]</translation>
    </message>
    <message>
        <source>{office}&#x3000;操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）</source>
        <translation>{office}&#x3000;Tanong sa paggamit: helpdesk (tel.: {helpdesk})</translation>
    </message>
    <message>
        <source>求職者マイページ利用者マニュアル</source>
        <translation>Manwal ng My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>マニュアルを表示できません。操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。</source>
        <translation>Hindi maipakita ang manwal. Para sa paggamit, tumawag sa helpdesk (tel.: {helpdesk}).</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}</source>
        <translation>Hakbang {n}/{total}</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>Pinoproseso</translation>
    </message>
    <message>
        <source>ただいま処理を受け付けることができません。入力した内容はそのままです。しばらく待ってから、もう一度お試しください。</source>
        <translation>Hindi ito matanggap ngayon. Nananatili ang inyong inilagay. Maghintay sandali at subukang muli.</translation>
    </message>
    <message>
        <source>ステップ1</source>
        <translation>Hakbang 1</translation>
    </message>
    <message>
        <source>マイページ利用規約等の同意</source>
        <translation>Pagsang-ayon sa mga tuntunin ng My Page</translation>
    </message>
    <message>
        <source>ステップ2</source>
        <translation>Hakbang 2</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード登録申込）</source>
        <translation>Ilagay ang email (hiling na magrehistro ng password)</translation>
    </message>
    <message>
        <source>メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが届きます。</source>
        <translation>Kapag inilagay ang email address, darating dito ang email na &quot;Abiso ng pagtanggap ng hiling na magrehistro ng password&quot;.</translation>
    </message>
    <message>
        <source>ステップ3</source>
        <translation>Hakbang 3</translation>
    </message>
    <message>
        <source>パスワードの登録</source>
        <translation>Pagrehistro ng password</translation>
    </message>
    <message>
        <source>パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。</source>
        <translation>Ilagay ang password at ang &quot;authentication key (認証キー)&quot; na nasa email.</translation>
    </message>
    <message>
        <source>（メール配信から{minutes}分以内）</source>
        <translation>(sa loob ng {minutes} minuto mula sa email)</translation>
    </message>
    <message>
        <source>ステップ4</source>
        <translation>Hakbang 4</translation>
    </message>
    <message>
        <source>求職者マイページアカウント登録完了、求職者マイページの開設</source>
        <translation>Tapos ang rehistro ng account; bukas na ang My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>求職者マイページの各種メニューをご利用いただけるようになります。</source>
        <translation>Magagamit na ninyo ang lahat ng menu ng My Page.</translation>
    </message>
    <message>
        <source>求職者マイページ利用規約確認</source>
        <translation>Mga tuntunin ng My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを完了している方が、求職者マイページを開設するためのページです。</source>
        <translation>Ang pahinang ito ay para magbukas ng My Page (求職者マイページ), para sa mga nakapagrehistro na bilang job seeker at ng account (email address) sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>●求職者マイページ開設手順</source>
        <translation>●Paano magbukas ng My Page</translation>
    </message>
    <message>
        <source>マイページ利用規約等の確認・同意</source>
        <translation>Pagbasa at pagsang-ayon sa mga tuntunin ng My Page</translation>
    </message>
    <message>
        <source>プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。</source>
        <translation>Basahin ang Privacy Policy at Mga tuntunin ng My Page, saka i-click ang &quot;Susunod&quot;.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意します。</source>
        <translation>Sumasang-ayon ako sa &quot;Privacy Policy&quot; at &quot;Mga tuntunin ng My Page&quot;.</translation>
    </message>
    <message>
        <source>必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。
それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。</source>
        <translation>Basahin ang &quot;Privacy Policy&quot; at &quot;Mga tuntunin ng My Page&quot;.
Kapag nabasa ninyo ang bawat isa hanggang dulo, maaari nang i-check ang &quot;Sumasang-ayon ako&quot;.</translation>
    </message>
    <message>
        <source>まだ最後までご覧いただいていない文書：{titles}</source>
        <translation>Hindi pa nababasa hanggang dulo: {titles}</translation>
    </message>
    <message>
        <source>同意いただきました。「次へ進む」ボタンをクリックしてください。</source>
        <translation>Salamat po sa pagsang-ayon. I-click ang &quot;Susunod&quot;.</translation>
    </message>
    <message>
        <source>両方の文書を最後までご確認いただきました。「同意します」にチェックできます。</source>
        <translation>Nabasa ninyo ang dalawang dokumento hanggang dulo. Maaari nang i-check ang &quot;Sumasang-ayon ako&quot;.</translation>
    </message>
    <message>
        <source>パスワード再設定完了</source>
        <translation>Tapos ang pag-reset ng password</translation>
    </message>
    <message>
        <source>パスワード登録完了</source>
        <translation>Tapos ang pagrehistro ng password</translation>
    </message>
    <message>
        <source>パスワードの再設定が完了しました</source>
        <translation>Tapos na ang pag-reset ng password</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードでログインしてください。</source>
        <translation>I-click ang &quot;Pumunta sa login&quot; at mag-login gamit ang nairehistrong email at bagong password.</translation>
    </message>
    <message>
        <source>安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。</source>
        <translation>Para sa kaligtasan, na-logout ang lahat ng login sa ibang computer.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。</source>
        <translation>Nagpadala kami ng email na &quot;Abiso ng pag-reset ng password&quot; sa inyong email address.</translation>
    </message>
    <message>
        <source>マイページ開設完了</source>
        <translation>Bukas na ang My Page</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、各種サービスをご利用ください。</source>
        <translation>I-click ang &quot;Pumunta sa login&quot;, mag-login gamit ang nairehistrong email at password, at gamitin ang mga serbisyo.</translation>
    </message>
    <message>
        <source>求職者マイページの開設が完了し、求職者マイページの各種メニューをご利用いただけるようになりました。</source>
        <translation>Bukas na ang My Page (求職者マイページ) at magagamit na ninyo ang lahat ng menu.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。</source>
        <translation>Nagpadala kami ng email na &quot;Abiso ng pagrehistro ng password&quot; sa inyong email address.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。</source>
        <translation>Ang mga full-width na letra, numero at simbolo sa password ay ginawang half-width bago irehistro. Sa pag-login, gumamit ng half-width (tatanggapin din ang full-width bilang parehong password).</translation>
    </message>
    <message>
        <source>【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>[MAHALAGA!] Kung gagamit ng computer sa HelloWork, siguraduhing mag-&quot;Logout&quot; pagkatapos.</translation>
    </message>
    <message>
        <source>※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください（下のボタンで開きます）。</source>
        <translation>※Para sa paggamit ng My Page, basahin ang &quot;Manwal ng My Page&quot; (buksan gamit ang button sa ibaba).</translation>
    </message>
    <message>
        <source>利用者マニュアルを開く</source>
        <translation>Buksan ang manwal</translation>
    </message>
    <message>
        <source>ヘルプデスク(電話：{number})でも操作方法をご案内しております。</source>
        <translation>Makakatulong din ang helpdesk (tel.: {number}) sa paggamit.</translation>
    </message>
    <message>
        <source>※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。</source>
        <translation>※Kung nakalimutan ang nairehistrong email, pumunta sa counter (窓口) dala ang inyong ID.</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード再設定申込）</source>
        <translation>Ilagay ang email (hiling na i-reset ang password)</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。</source>
        <translation>Ilagay ang email address at kapanganakan na nairehistro sa counter (窓口) ng HelloWork.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。</source>
        <translation>Magpapadala kami ng email na &quot;Abiso ng pagtanggap ng hiling na i-reset ang password&quot; sa inilagay na email address.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。</source>
        <translation>Magpapadala kami ng email na &quot;Abiso ng pagtanggap ng hiling na magrehistro ng password&quot; sa inilagay na email address.</translation>
    </message>
    <message>
        <source>メール受信制限をされている方は{sender}からのメール受信を許可してください。</source>
        <translation>Kung may email filter kayo, payagan ang email mula sa {sender}.</translation>
    </message>
    <message>
        <source>半角英数字100文字以内</source>
        <translation>Hanggang 100 half-width na character</translation>
    </message>
    <message>
        <source>半角数字 西暦で入力してください</source>
        <translation>Half-width na numero, Western calendar</translation>
    </message>
    <message>
        <source>※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。</source>
        <translation>※May darating na email na may &quot;authentication key (認証キー)&quot; sa inilagay na email address.</translation>
    </message>
    <message>
        <source>（{version}版）</source>
        <translation>(bersyon {version})</translation>
    </message>
    <message>
        <source>最後まで確認済み</source>
        <translation>Nabasa hanggang dulo</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Hindi pa nababasa</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Pag-reset ng password</translation>
    </message>
    <message>
        <source>求職者マイページの開設</source>
        <translation>Pagbukas ng My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <source>ログイン画面へ進む</source>
        <translation>Pumunta sa login</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。パスワードの再設定を中止しますか？</source>
        <translation>Mabubura ang inilagay. Itigil ang pag-reset ng password?</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。求職者マイページの開設を中止しますか？</source>
        <translation>Mabubura ang inilagay. Itigil ang pagbukas ng My Page?</translation>
    </message>
    <message>
        <source>中止する</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>新しいパスワードの登録</source>
        <translation>Irehistro ang bagong password</translation>
    </message>
    <message>
        <source>パスワード再設定申込受付通知</source>
        <translation>Abiso ng pagtanggap ng hiling na i-reset ang password</translation>
    </message>
    <message>
        <source>パスワード登録申込受付通知</source>
        <translation>Abiso ng pagtanggap ng hiling na magrehistro ng password</translation>
    </message>
    <message>
        <source>パスワード再設定申込を受け付けました。</source>
        <translation>Natanggap ang hiling na i-reset ang password.</translation>
    </message>
    <message>
        <source>パスワード登録申込を受け付けました。</source>
        <translation>Natanggap ang hiling na magrehistro ng password.</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に「{mail}」メールをお送りしました。</source>
        <translation>Kung tugma ang email address at kapanganakan na nairehistro sa counter (窓口) ng HelloWork, nagpadala kami ng email na &quot;{mail}&quot; sa address na iyon.</translation>
    </message>
    <message>
        <source>メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、「完了」ボタンをクリックしてください。</source>
        <translation>Tingnan ang &quot;authentication key (認証キー)&quot; sa email, ilagay ang password at key, at i-click ang &quot;Tapos&quot;.</translation>
    </message>
    <message>
        <source>登録するパスワード</source>
        <translation>Password na irerehistro</translation>
    </message>
    <message>
        <source>登録するパスワード（確認用）</source>
        <translation>Password na irerehistro (ulitin)</translation>
    </message>
    <message>
        <source>はじめからやり直す</source>
        <translation>Magsimula muli</translation>
    </message>
    <message>
        <source>認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）</source>
        <translation>Authentication key: nasa email na &quot;{mail}&quot; (valid nang {minutes} minuto mula sa email)</translation>
    </message>
    <message>
        <source>しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。メール受信制限をしている方は、{sender} からのメール受信を許可し、はじめから{what}をやり直してください。</source>
        <translation>Kung hindi dumating ang email pagkalipas ng ilang sandali, suriin kung tama ang email address. Kung may email filter kayo, payagan ang email mula sa {sender} at ulitin ang {what} mula sa simula.</translation>
    </message>
    <message>
        <source>言語(&amp;G)</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 {hh}時{mm:02d}分</source>
        <translation>{y}/{m}/{d} {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>原文（日本語）：こちらが正式な内容です</source>
        <translation>Orihinal (Japanese): ito ang opisyal na teksto</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
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
        <translation>I-save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Huwag i-save</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Balewalain</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
</TS>
