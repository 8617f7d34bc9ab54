"""The Japanese text for every rule code (a pure-string catalogue, like Electrum's
``gui/messages.py``). The UI passes each through ``QCoreApplication.translate``."""

from __future__ import annotations

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.translatable import N_

MESSAGES: dict[str, str] = {
    "email.required": N_("ID（メールアドレス）を入力してください。"),
    "email.control_chars": N_("ID（メールアドレス）に使用できない制御文字が含まれています。"),
    "email.fullwidth": N_("ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。"
                          "半角英数字で入力してください。"),
    "email.space": N_("ID（メールアドレス）に空白が含まれています。空白を取り除いてください。"),
    "email.too_long": N_("ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。"),
    "email.no_at": N_("ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。"),
    "email.local_too_long": N_("ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。"),
    "email.invalid": N_("ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp"),
    "birthdate.year_required": N_("生年月日の「年」を入力してください。"),
    "birthdate.month_required": N_("生年月日の「月」を入力してください。"),
    "birthdate.day_required": N_("生年月日の「日」を入力してください。"),
    "birthdate.era": N_("生年月日は和暦ではなく西暦で入力してください（例: 1980）。"),
    "birthdate.year_digits": N_("「年」は西暦4桁の半角数字で入力してください（例: 1980）。"),
    "birthdate.year_four_digits": N_("「年」は西暦4桁で入力してください（例: 1980）。"),
    "birthdate.month_digits": N_("「月」は半角数字で入力してください（1〜12）。"),
    "birthdate.day_digits": N_("「日」は半角数字で入力してください（1〜31）。"),
    "birthdate.year_range": N_("「年」は{min}年から{max}年までの西暦で入力してください。"),
    "birthdate.month_range": N_("「月」は1から12までの数字で入力してください。"),
    "birthdate.day_range": N_("「日」は1から31までの数字で入力してください。"),
    "birthdate.not_a_date": N_("存在しない日付です。生年月日を確認してください。"),
    "birthdate.future": N_("生年月日に未来の日付は入力できません。"),
    "password.required": N_("パスワードを入力してください。"),
    "password.space": N_("パスワードに空白（スペース）は使用できません。"),
    "password.fullwidth": N_("パスワードに全角文字（ひらがな・漢字など）が含まれています。"
                             "半角の英字・数字・記号で入力してください。"),
    "password.not_ascii": N_("パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が"
                             "含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。"),
    "password.emoji": N_("パスワードに絵文字などの使用できない文字が含まれています。"
                         "半角の英字・数字・記号で入力してください。"),
    # 桁, as the leaflet's rule (「8桁以上32桁以内」) that the screens show next to the field.
    "password.too_short": N_("パスワードは{min}桁以上で入力してください（現在{length}桁）。"),
    "password.too_long": N_("パスワードは{max}桁以内で入力してください（現在{length}桁）。"),
    "password.missing_letter": N_("パスワードに半角英字を1文字以上含めてください。"),
    "password.missing_digit": N_("パスワードに半角数字を1文字以上含めてください。"),
    "password.missing_symbol": N_("パスワードに半角記号（!、#、% など）を1文字以上含めてください。"),
    "password.missing_letter_digit": N_("パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。"),
    "password.missing_letter_symbol": N_("パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。"),
    "password.missing_digit_symbol": N_("パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。"),
    "password.personal": N_("メールアドレス、生年月日、求職番号を含むパスワードは登録できません。"),
    "password.common": N_("このパスワードはよく使われていて推測されやすいため登録できません。"
                          "別のパスワードにしてください。"),
    "password.mismatch": N_("確認用のパスワードが一致しません。同じパスワードを入力してください。"),
    "auth_key.required": N_("認証キーを入力してください。"),
    "auth_key.format": N_("認証キーはメールに記載の{length}桁の半角数字で入力してください。"),
    "auth_key.rejected": N_("認証キーが正しくないか、有効期限が切れています。"
                            "メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。"),
    "auth_key.rejected_reset": N_("認証キーが正しくないか、有効期限が切れています。"
                                  "メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。"),
    "name.required": N_("入力してください。"),
    "name.control_chars": N_("使用できない文字が含まれています。"),
    "name.too_long": N_("{max}文字以内で入力してください。"),
    "name.kana": N_("フリガナはカタカナかひらがなで入力してください。"),
    "login.failed": N_("メールアドレスまたはパスワードが正しくありません。"),
    # Shown whether or not the address exists: unknown addresses are counted and blocked alike.
    "login.blocked": N_("パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。"
                        "「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。"),
    "language.unknown": N_("選ばれた言語には対応していません。画面の言語を選び直してください。"),
    "consent.required": N_("「プライバシーポリシー」「マイページ利用規約」に同意してください。"),
    "email.taken": N_("このメールアドレスは既に別の方のログインIDとして登録されています。"),
    "seeker.not_found": N_("該当する求職者が見つかりません。"),
    "staff.login_id": N_("職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。"),
    "staff.login_id_taken": N_("この職員IDは既に使われています。"),
    "staff.role": N_("権限は「職員」または「管理者」を指定してください。"),
    "phone.invalid": N_("電話番号は半角数字とハイフンで入力してください。"),
}


def message_for(error: FieldError) -> str:
    template = MESSAGES.get(error.code, error.code)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template

MESSAGES.update({
    "search.too_long": N_("フリーワードは{max}文字以内で入力してください。"),
    "search.control_chars": N_("フリーワードに使用できない文字が含まれています。"),
    "search.too_many_words": N_("フリーワードは{max}語以内で入力してください。"),
    "search.nothing_searchable": N_("フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。"),
    "search.unknown_category": N_("求人区分の指定が正しくありません。"),
    "search.too_many_areas": N_("就業場所は{max}か所まで指定できます。"),
    "search.unknown_prefecture": N_("都道府県の指定が正しくありません。"),
    "search.wage_digits": N_("賃金は半角数字で入力してください（例: 180000）。"),
    "search.unknown_employment_type": N_("雇用形態の指定が正しくありません。"),
    "search.days_range": N_("受付日の範囲は1〜365日で指定してください。"),
    "search.job_number_format": N_("求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"),
    "search.employer_number_format": N_("事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください"
                                        "（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。"),
    "saved_search.name_required": N_("条件の名前を入力してください。"),
    "saved_search.name_too_long": N_("条件の名前は{max}文字以内で入力してください。"),
    "saved_search.limit": N_("保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。"),
    "kept_job.limit": N_("キープできる求人は{max}件までです。不要な求人をキープから外してください。"),
    "job.not_found": N_("この求人は見つかりません。"),
    "saved_search.not_found": N_("この検索条件は見つかりません。"),
})

# 求職者情報・紹介・応募履歴・メッセージ・お知らせ (issue 5)
MESSAGES.update({
    "registration.inactive": N_("求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で"
                                "確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。"),
    "registration.reactivation_period_over": N_("求職情報が無効になってから{days}日を超えたため、マイページから"
                                                "「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。"),
    "registration.unknown_status": N_("求職状態は「有効」か「無効」を指定してください。"),
    "referral.not_found": N_("この紹介は見つかりません。"),
    "referral.job_closed": N_("この求人は募集を終了しているため紹介できません。"),
    "referral.seeker_inactive": N_("この求職者の求職情報は「無効」のため紹介できません。"
                                   "先に求職登録を更新してください。"),
    "referral.note_too_long": N_("備考は{max}文字以内で入力してください。"),
    "referral.note_control_chars": N_("備考に使用できない文字が含まれています。"),
    "job.number_format": N_("求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"),
    "seeker.number_format": N_("求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"),
    "application.not_found": N_("この応募は見つかりません。"),
    "application.duplicate": N_("この求人には既に応募しています。同じ求人に二度応募することはできません"
                                "（応募履歴をご確認ください）。"),
    "application.online_not_accepted": N_("この求人はオンライン自主応募を受け付けていません。"
                                          "応募を希望する場合は、ハローワークの窓口で紹介を受けてください。"),
    "application.job_closed": N_("この求人は募集を終了しているため応募できません。"),
    "application.transition_refused": N_("応募状況を「{current}」から「{target}」に変更することはできません。"),
    "application.not_withdrawable": N_("応募状況が「{status}」のため、辞退の手続きはできません。"),
    "application.unknown_status": N_("応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・"
                                     "不採用・辞退・取消のいずれか）。"),
    "application.interview_required": N_("「面接予定」には面接の日時を指定してください。"),
    "application.no_interview": N_("この応募には面接の予定が登録されていません。"),
    "application.interview_out_of_range": N_("面接日時は{earliest}から{latest}までの日時で指定してください。"),
    "application.event_time_out_of_range": N_("日時は{earliest}から{latest}までの日時で指定してください。"),
    "application.interview_unusable": N_("この面接の日時はカレンダー（.ics）に保存できません。"
                                         "日時をハローワークにご確認ください。"),
    "application.note_empty": N_("備考を入力してください。"),
    "application.note_too_long": N_("備考は{max}文字以内で入力してください（現在{length}文字）。"),
    "application.note_control_chars": N_("備考に使用できない制御文字が含まれています。"),
    "application.place_empty": N_("面接場所を入力してください。"),
    "application.place_too_long": N_("面接場所は{max}文字以内で入力してください（現在{length}文字）。"),
    "application.place_control_chars": N_("面接場所に使用できない制御文字が含まれています。"),
    "application.motivation_empty": N_("志望動機を入力してください。"),
    "application.motivation_too_long": N_("志望動機は{max}文字以内で入力してください（現在{length}文字）。"),
    "application.motivation_control_chars": N_("志望動機に使用できない制御文字が含まれています。"),
    "application.documents_too_many": N_("添付できる書類は履歴書と職務経歴書の各1通までです。"),
    "document.not_found": N_("この書類は見つかりません。もう一度添付してください。"
                             ""),
    "document.not_pdf": N_("{kind}はPDFファイルではないため添付できません。"
                           "PDF形式で保存したファイルを選んでください。"),
    "document.too_large": N_("{kind}のファイルが大きすぎます（{max_mb}MBまで）。"),
    "document.empty": N_("{kind}のファイルが空です。"),
    "document.active_content": N_("{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。"),
    "document.unknown_kind": N_("書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。"),
    "document.upload_broken": N_("書類の送信が途中で途切れました。もう一度添付してください。"),
    "message.empty": N_("メッセージを入力してください。"),
    "message.too_long": N_("メッセージは{max}文字以内で入力してください（現在{length}文字）。"),
    "message.control_chars": N_("メッセージに使用できない制御文字が含まれています（改行は使えます）。"),
    "message.no_employer_mypage": N_("この求人の事業所は「求人者マイページ」を利用していないため、"
                                     "マイページからメッセージを送ることはできません。"),
    "notice.not_found": N_("このお知らせは見つかりません。"),
    "notice.title_empty": N_("件名を入力してください。"),
    "notice.title_too_long": N_("件名は{max}文字以内で入力してください（現在{length}文字）。"),
    "notice.title_control_chars": N_("件名に使用できない制御文字が含まれています。"),
    "notice.body_empty": N_("本文を入力してください。"),
    "notice.body_too_long": N_("本文は{max}文字以内で入力してください（現在{length}文字）。"),
    "notice.body_control_chars": N_("本文に使用できない制御文字が含まれています（改行は使えます）。"),
    "event.not_an_object": N_("イベントは {{...}} の形式（JSON オブジェクト）で記述してください。"),
    "event.event_id": N_("event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。"),
    "event.duplicate_in_file": N_("同じ event_id のイベントがファイル内で重複しています。"),
    "event.type": N_("type は \"status\"・\"message\"・\"direct_request\" のいずれかを指定してください。"),
    "event.application": N_("application には紹介番号か応募番号を文字列で指定してください。"),
    "event.application_not_found": N_("application「{number}」に該当する応募がありません。"),
    "event.field_type": N_("{field} は文字列で指定してください。"),
    "event.datetime": N_("{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。"),
    "event.unknown_field": N_("不明な項目「{field}」があります。"),
    "publication.wish_occupation_empty": N_("希望職種を入力してください。"),
    "publication.wish_occupation_too_long": N_("希望職種は{max}文字以内で入力してください（現在{length}文字）。"),
    "publication.wish_occupation_control_chars": N_("希望職種に使用できない制御文字が含まれています。"),
    "publication.wish_location_empty": N_("希望勤務地を入力してください。"),
    "publication.wish_location_too_long": N_("希望勤務地は{max}文字以内で入力してください（現在{length}文字）。"),
    "publication.wish_location_control_chars": N_("希望勤務地に使用できない制御文字が含まれています。"),
    "publication.experience_empty": N_("経験を入力してください。"),
    "publication.experience_too_long": N_("経験は{max}文字以内で入力してください（現在{length}文字）。"),
    "publication.experience_control_chars": N_("経験に使用できない制御文字が含まれています（改行は使えます）。"),
    "publication.qualifications_empty": N_("資格を入力してください。"),
    "publication.qualifications_too_long": N_("資格は{max}文字以内で入力してください（現在{length}文字）。"),
    "publication.qualifications_control_chars": N_("資格に使用できない制御文字が含まれています（改行は使えます）。"),
    "publication.self_pr_empty": N_("自己PRを入力してください。"),
    "publication.self_pr_too_long": N_("自己PRは{max}文字以内で入力してください（現在{length}文字）。"),
    "publication.self_pr_control_chars": N_("自己PRに使用できない制御文字が含まれています（改行は使えます）。"),
    "publication.contact_in_text": N_("公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。"),
    "direct_request.not_found": N_("この直接リクエストは見つかりません。"),
    "direct_request.answered": N_("この直接リクエストには回答済みです。"),
    "direct_request.answer": N_("回答は「応募」か「辞退」を指定してください。"),
    "event.posting": N_("posting には求人番号を文字列で指定してください。"),
    "event.posting_not_found": N_("posting「{number}」に該当する求人がありません。"),
    "event.posting_closed": N_("posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。"),
    "event.seeker": N_("seeker には求職公開番号（K で始まる10文字）を指定してください。"),
    "event.not_published": N_("seeker「{number}」の求職情報は公開されていません"
                              "（公開を取り下げたか、求職登録が無効です）。"),
    "event.request_duplicate": N_("この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。"),
    "event.request_limit": N_("この求人の直接リクエストは上限の{max}件に達しています。"),
})

# パスワード再設定・変更、セッション、職員コンソール (issue 6)
MESSAGES.update({
    "password.current_required": N_("現在のパスワードを入力してください。"
                                    ""),
    "password.current_wrong": N_("現在のパスワードが正しくありません。"
                                 ""),
    "password.current_wait": N_("現在のパスワードの入力に続けて失敗したため、"
                                "{seconds}秒待ってからやり直してください。"),
    "password.current_blocked": N_("パスワードの入力に続けて失敗した回数が上限に達したため、"
                                   "パスワードを変更できません。"
                                   "ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。"),
    "password.same_as_current": N_("新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。"),
    "session.logout": N_("ログアウトしました。"),
    "session.superseded": N_("別のパソコンで同じIDのログインがあったため、ログアウトしました。"
                             "心当たりがない場合は、パスワードを変更してください。"),
    "session.idle": N_("一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。"),
    "session.expired": N_("ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。"),
    "session.password_reset": N_("パスワードが再設定されたため、ログアウトしました。"),
    "session.password_changed": N_("パスワードが変更されたため、ログアウトしました。"),
    "session.email_changed": N_("ログインID（メールアドレス）が変更されたため、ログアウトしました。"),
    "session.staff_revoked": N_("ハローワークの職員の操作により、ログアウトしました。"),
    "session.locked": N_("パスワードの入力に続けて失敗したため、ログアウトしました。"),
    "session.connection_lost": N_("サービスに接続できない状態が続いたため、安全のためログアウトしました。"
                                  "しばらくしてから、もう一度ログインしてください。"),
    "session.stale": N_("前回の利用が正しく終了していなかったため、ログアウトしました。"),
    "session.ended": N_("ログアウトしました。もう一度ログインしてください。"),
    "staff.login_failed": N_("職員IDまたはパスワードが正しくありません。"),
    "staff.login_blocked": N_("パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。"
                              "管理者にパスワードの再発行を依頼してください。"),
    "staff.reauth_failed": N_("パスワードが正しくありません。"),
    "staff.reauth_required": N_("この操作の前に、パスワードをもう一度入力してください。"),
    "staff.password_change_required": N_("初回用パスワードのままです。先にパスワードを変更してください。"),
    "staff.admin_only": N_("この操作は管理者のみが行えます。"),
    "staff.id_document": N_("確認した本人確認書類を選んでください。"),
    "staff.seeker_number": N_("求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"),
    "staff.not_found": N_("この職員IDのアカウントはありません。"),
    "staff.query_empty": N_("求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。"),
    "staff.no_login_account": N_("この求職者にはログインID（メールアドレス）が登録されていません。"),
    "email.unchanged": N_("現在と同じメールアドレスです。"),
    "audit.range": N_("期間の指定が正しくありません（開始が終了より後になっています）。"),
})

# 端末管理 (issue 10): enrolment of office PCs, the staff console's 「端末管理」
MESSAGES.update({
    "device.code_required": N_("登録コードを入力してください（新しいパソコンの画面に表示されています）。"),
    "device.code_format": N_("登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください"
                             "（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。"),
    "device.code_wrong": N_("登録コードが正しくないか、有効期限が切れているか、既に使われています。"
                            "新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。"),
    "device.code_throttled": N_("登録コードの誤りが続いたため、しばらく承認できません。"
                                "15分ほど待ってからやり直してください。"),
    "device.not_found": N_("この端末は見つかりません。一覧を更新してください。"),
    "device.no_ca": N_("このパソコンは事務所のサーバーに接続していないため、端末を承認できません。"
                       "事務所のサーバーに接続した職員コンソールで承認してください。"),
    "device.kind": N_("端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）の"
                      "いずれかを指定してください。"),
    "device.name": N_("端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。"),
    "device.csr": N_("端末の証明書要求が正しくありません。登録をはじめからやり直してください。"),
    "device.too_many_pending": N_("承認待ちの端末登録が多すぎるため、受け付けられません。"
                                  "しばらくしてからやり直してください。"),
    "device.staff_not_allowed": N_("この端末（利用者用端末）からは職員コンソールを使えません。"
                                   "窓口端末か職員端末を使ってください。"),
})

# 求職仮登録 online (issue 12; docs/product-rules.md §preregistration)
MESSAGES.update({
    "prereg.pupil": N_("中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。"
                       "在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。"),
    "prereg.text_too_long": N_("{max}文字以内で入力してください（現在{length}文字）。"),
    "prereg.too_many_rows": N_("{max}行まで入力できます。"),
    "prereg.year_month": N_("年月は西暦で「2020-04」のように半角で入力してください。"),
    "prereg.year_month_range": N_("1900年から現在までの年月を入力してください。"),
    "prereg.end_before_start": N_("終わりの年月が始めの年月より前になっています。"),
    "prereg.choice": N_("一覧から選んでください。"),
    "prereg.postal_code": N_("郵便番号は7桁の半角数字で入力してください（例: 990-0000）。"),
    "prereg.postal_unknown": N_("この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。"),
    "prereg.number": N_("仮登録番号は10桁の数字で入力してください（例: 12345-67890）。"),
    "prereg.query_empty": N_("仮登録番号、またはフリガナと生年月日を入力してください。"),
    "prereg.not_found": N_("この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。"),
    "prereg.already_registered": N_("この仮登録は既に本登録済みです。"),
    "prereg.busy": N_("このパソコンからの申込みが集中しているため、受け付けられません。"
                      "しばらくしてからやり直してください。"),
    "prereg.draft_gone": N_("一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。"),
})

# The seeker's own changes and 求職情報提供 (issue 12; docs/product-rules.md §own-changes)
MESSAGES.update({
    "own_change.unchanged": N_("登録内容と同じです。変更する項目を入力してください。"),
    "info_sharing.outdated_text": N_("「求職情報提供」の説明が更新されました。表示された説明を確認してから、"
                                     "もう一度同意してください。"),
    "info_sharing.inactive": N_("求職状態が「無効」のため、求職情報提供に同意することはできません。"
                                "「有効」に戻してから、もう一度お試しください。"),
})
