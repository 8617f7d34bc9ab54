<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>応募済</source>
        <translation>Đã ứng tuyển</translation>
    </message>
    <message>
        <source>書類選考中</source>
        <translation>Đang xét hồ sơ</translation>
    </message>
    <message>
        <source>面接予定</source>
        <translation>Có lịch phỏng vấn</translation>
    </message>
    <message>
        <source>選考中</source>
        <translation>Đang tuyển chọn</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Trúng tuyển</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Không trúng tuyển</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>紹介</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>オンライン自主応募</source>
        <translation>Tự ứng tuyển trực tuyến (オンライン自主応募)</translation>
    </message>
    <message>
        <source>ご本人</source>
        <translation>Người tìm việc</translation>
    </message>
    <message>
        <source>ハローワーク</source>
        <translation>Hello Work (ハローワーク)</translation>
    </message>
    <message>
        <source>事業所</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Đăng nhập thất bại</translation>
    </message>
    <message>
        <source>アカウントロック</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>ログアウト</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>セッション終了（無操作・期限）</source>
        <translation>Kết thúc phiên (không thao tác/hết hạn)</translation>
    </message>
    <message>
        <source>前回のセッションの無効化</source>
        <translation>Vô hiệu hóa phiên trước</translation>
    </message>
    <message>
        <source>認証キー申込（開設）</source>
        <translation>Yêu cầu mã xác thực (mở tài khoản)</translation>
    </message>
    <message>
        <source>認証キー申込（再設定）</source>
        <translation>Yêu cầu mã xác thực (đặt lại)</translation>
    </message>
    <message>
        <source>認証キー不一致</source>
        <translation>Mã xác thực không khớp</translation>
    </message>
    <message>
        <source>パスワード登録</source>
        <translation>Đăng ký mật khẩu</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>パスワード変更失敗</source>
        <translation>Đổi mật khẩu thất bại</translation>
    </message>
    <message>
        <source>求職登録</source>
        <translation>Đăng ký tìm việc</translation>
    </message>
    <message>
        <source>職員アカウント作成</source>
        <translation>Tạo tài khoản nhân viên</translation>
    </message>
    <message>
        <source>職員ログイン</source>
        <translation>Nhân viên đăng nhập</translation>
    </message>
    <message>
        <source>職員ログイン失敗</source>
        <translation>Nhân viên đăng nhập thất bại</translation>
    </message>
    <message>
        <source>職員アカウントロック</source>
        <translation>Khóa tài khoản nhân viên</translation>
    </message>
    <message>
        <source>職員ログアウト</source>
        <translation>Nhân viên đăng xuất</translation>
    </message>
    <message>
        <source>職員パスワード変更</source>
        <translation>Nhân viên đổi mật khẩu</translation>
    </message>
    <message>
        <source>職員パスワード再発行</source>
        <translation>Cấp lại mật khẩu nhân viên</translation>
    </message>
    <message>
        <source>職員再認証</source>
        <translation>Nhân viên xác thực lại</translation>
    </message>
    <message>
        <source>職員再認証失敗</source>
        <translation>Nhân viên xác thực lại thất bại</translation>
    </message>
    <message>
        <source>職員パスワード変更失敗</source>
        <translation>Nhân viên đổi mật khẩu thất bại</translation>
    </message>
    <message>
        <source>求職者検索</source>
        <translation>Tìm người tìm việc</translation>
    </message>
    <message>
        <source>求職者情報の表示</source>
        <translation>Xem thông tin người tìm việc</translation>
    </message>
    <message>
        <source>ログインID変更</source>
        <translation>Đổi ID đăng nhập</translation>
    </message>
    <message>
        <source>ログインID登録</source>
        <translation>Đăng ký ID đăng nhập</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>認証キー無効化</source>
        <translation>Vô hiệu hóa mã xác thực</translation>
    </message>
    <message>
        <source>パスワード再設定の開始（窓口）</source>
        <translation>Bắt đầu đặt lại mật khẩu (tại quầy)</translation>
    </message>
    <message>
        <source>求職者セッションの終了（窓口）</source>
        <translation>Kết thúc phiên của người tìm việc (tại quầy)</translation>
    </message>
    <message>
        <source>監査ログの閲覧</source>
        <translation>Xem nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>アクセス拒否</source>
        <translation>Từ chối truy cập</translation>
    </message>
    <message>
        <source>紹介状の発行</source>
        <translation>Cấp giấy giới thiệu (紹介状)</translation>
    </message>
    <message>
        <source>応募状況の記録</source>
        <translation>Ghi nhận tình trạng ứng tuyển</translation>
    </message>
    <message>
        <source>応募の辞退</source>
        <translation>Rút đơn ứng tuyển</translation>
    </message>
    <message>
        <source>メッセージ送信</source>
        <translation>Gửi tin nhắn</translation>
    </message>
    <message>
        <source>お知らせの送信</source>
        <translation>Gửi thông báo</translation>
    </message>
    <message>
        <source>求職登録の期限切れ</source>
        <translation>Đăng ký tìm việc hết hạn</translation>
    </message>
    <message>
        <source>求職登録の延長</source>
        <translation>Gia hạn đăng ký tìm việc</translation>
    </message>
    <message>
        <source>有効への切り替え</source>
        <translation>Chuyển sang hiệu lực</translation>
    </message>
    <message>
        <source>求職状態を無効に変更</source>
        <translation>Đổi trạng thái tìm việc sang không hiệu lực</translation>
    </message>
    <message>
        <source>事業所からの応募状況</source>
        <translation>Tình trạng ứng tuyển từ doanh nghiệp</translation>
    </message>
    <message>
        <source>事業所からの直接リクエスト</source>
        <translation>Yêu cầu trực tiếp (直接リクエスト) từ doanh nghiệp</translation>
    </message>
    <message>
        <source>求職情報の公開</source>
        <translation>Công khai thông tin tìm việc</translation>
    </message>
    <message>
        <source>公開中の求職情報の更新</source>
        <translation>Cập nhật thông tin tìm việc đang công khai</translation>
    </message>
    <message>
        <source>求職情報の公開の取り下げ</source>
        <translation>Rút lại công khai thông tin tìm việc</translation>
    </message>
    <message>
        <source>直接リクエストへの応募</source>
        <translation>Ứng tuyển theo yêu cầu trực tiếp</translation>
    </message>
    <message>
        <source>直接リクエストの辞退</source>
        <translation>Từ chối yêu cầu trực tiếp</translation>
    </message>
    <message>
        <source>事業所からのメッセージ</source>
        <translation>Tin nhắn từ doanh nghiệp</translation>
    </message>
    <message>
        <source>求職状態を有効に変更</source>
        <translation>Đổi trạng thái tìm việc sang hiệu lực</translation>
    </message>
    <message>
        <source>端末登録の申請</source>
        <translation>Yêu cầu đăng ký thiết bị</translation>
    </message>
    <message>
        <source>端末登録の承認</source>
        <translation>Phê duyệt đăng ký thiết bị</translation>
    </message>
    <message>
        <source>端末登録コードの誤り</source>
        <translation>Sai mã đăng ký thiết bị</translation>
    </message>
    <message>
        <source>端末への証明書の受け渡し</source>
        <translation>Giao chứng chỉ cho thiết bị</translation>
    </message>
    <message>
        <source>端末の登録取消</source>
        <translation>Hủy đăng ký thiết bị</translation>
    </message>
    <message>
        <source>別の端末からのセッション利用（拒否）</source>
        <translation>Dùng phiên từ thiết bị khác (bị từ chối)</translation>
    </message>
    <message>
        <source>仮登録の一時保存（新規）</source>
        <translation>Lưu tạm đăng ký tạm (mới)</translation>
    </message>
    <message>
        <source>仮登録の一時保存</source>
        <translation>Lưu tạm đăng ký tạm (仮登録)</translation>
    </message>
    <message>
        <source>仮登録の再開キー申込</source>
        <translation>Yêu cầu mã tiếp tục đăng ký tạm</translation>
    </message>
    <message>
        <source>仮登録の再開キー不一致</source>
        <translation>Mã tiếp tục đăng ký tạm không khớp</translation>
    </message>
    <message>
        <source>仮登録の再開</source>
        <translation>Tiếp tục đăng ký tạm</translation>
    </message>
    <message>
        <source>仮登録の送信</source>
        <translation>Gửi đăng ký tạm</translation>
    </message>
    <message>
        <source>仮登録の送信（一時保存なし）</source>
        <translation>Gửi đăng ký tạm (không lưu tạm)</translation>
    </message>
    <message>
        <source>仮登録の検索</source>
        <translation>Tìm đăng ký tạm</translation>
    </message>
    <message>
        <source>仮登録の閲覧</source>
        <translation>Xem đăng ký tạm</translation>
    </message>
    <message>
        <source>仮登録の訂正</source>
        <translation>Sửa đăng ký tạm</translation>
    </message>
    <message>
        <source>本登録（仮登録から）</source>
        <translation>Đăng ký chính thức (từ đăng ký tạm)</translation>
    </message>
    <message>
        <source>期限切れ仮登録の削除</source>
        <translation>Xóa đăng ký tạm đã hết hạn</translation>
    </message>
    <message>
        <source>応募書類の登録</source>
        <translation>Đăng ký hồ sơ ứng tuyển</translation>
    </message>
    <message>
        <source>応募書類の閲覧（職員）</source>
        <translation>Xem hồ sơ ứng tuyển (nhân viên)</translation>
    </message>
    <message>
        <source>応募内容の閲覧（職員）</source>
        <translation>Xem nội dung ứng tuyển (nhân viên)</translation>
    </message>
    <message>
        <source>応募の書き出し（事業所向け）</source>
        <translation>Xuất đơn ứng tuyển (cho doanh nghiệp)</translation>
    </message>
    <message>
        <source>連絡先の変更（本人）</source>
        <translation>Đổi thông tin liên lạc (bản thân)</translation>
    </message>
    <message>
        <source>希望条件の変更（本人）</source>
        <translation>Đổi điều kiện mong muốn (bản thân)</translation>
    </message>
    <message>
        <source>求職情報提供への同意</source>
        <translation>Đồng ý cung cấp thông tin tìm việc (求職情報提供)</translation>
    </message>
    <message>
        <source>求職情報提供の同意取り消し</source>
        <translation>Hủy đồng ý cung cấp thông tin tìm việc</translation>
    </message>
    <message>
        <source>本人による変更履歴の閲覧（職員）</source>
        <translation>Xem lịch sử thay đổi của bản thân (nhân viên)</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>失敗</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>拒否</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>ロック</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>ロックなし</source>
        <translation>Không khóa</translation>
    </message>
    <message>
        <source>認証キー発行</source>
        <translation>Cấp mã xác thực</translation>
    </message>
    <message>
        <source>開設済み（お知らせを送信）</source>
        <translation>Đã mở (đã gửi thông báo)</translation>
    </message>
    <message>
        <source>未開設</source>
        <translation>Chưa mở</translation>
    </message>
    <message>
        <source>登録内容と不一致</source>
        <translation>Không khớp nội dung đăng ký</translation>
    </message>
    <message>
        <source>回数制限</source>
        <translation>Giới hạn số lần</translation>
    </message>
    <message>
        <source>端末の回数制限</source>
        <translation>Giới hạn số lần của thiết bị</translation>
    </message>
    <message>
        <source>認証キー誤り</source>
        <translation>Sai mã xác thực</translation>
    </message>
    <message>
        <source>認証キー無効化（誤り回数超過）</source>
        <translation>Vô hiệu hóa mã xác thực (sai quá số lần)</translation>
    </message>
    <message>
        <source>認証キー期限切れ・使用済み</source>
        <translation>Mã xác thực hết hạn/đã dùng</translation>
    </message>
    <message>
        <source>現在のパスワード誤り</source>
        <translation>Sai mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>前回の残り</source>
        <translation>Còn lại từ lần trước</translation>
    </message>
    <message>
        <source>無操作</source>
        <translation>Không thao tác</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>別の端末でログイン</source>
        <translation>Đăng nhập trên thiết bị khác</translation>
    </message>
    <message>
        <source>メールアドレス変更</source>
        <translation>Đổi địa chỉ e-mail</translation>
    </message>
    <message>
        <source>職員が終了</source>
        <translation>Nhân viên kết thúc</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>失敗の上限（再設定・解除が必要）</source>
        <translation>Quá số lần thất bại (cần đặt lại/mở khóa)</translation>
    </message>
    <message>
        <source>利用者用端末</source>
        <translation>Máy dành cho người dùng</translation>
    </message>
    <message>
        <source>窓口端末</source>
        <translation>Máy tại quầy</translation>
    </message>
    <message>
        <source>職員端末</source>
        <translation>Máy nhân viên</translation>
    </message>
    <message>
        <source>求職番号</source>
        <translation>Số tìm việc (求職番号)</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>Địa chỉ e-mail</translation>
    </message>
    <message>
        <source>フリガナ・生年月日</source>
        <translation>Furigana, ngày sinh</translation>
    </message>
    <message>
        <source>履歴書</source>
        <translation>Sơ yếu lý lịch (履歴書)</translation>
    </message>
    <message>
        <source>職務経歴書</source>
        <translation>Bản lý lịch công việc (職務経歴書)</translation>
    </message>
    <message>
        <source>「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。</source>
        <translation>Nếu bạn đồng ý &quot;Cung cấp thông tin tìm việc (求職情報提供)&quot;, thông tin tìm việc bạn đã đăng ký tại Hello Work sẽ được cung cấp cho chính quyền địa phương và các đơn vị giới thiệu việc làm (công ty giới thiệu nhân sự tư nhân, v.v.). Bạn có thể được các nơi này giới thiệu việc làm phù hợp.</translation>
    </message>
    <message>
        <source>・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。</source>
        <translation>・Thông tin được cung cấp: nghề mong muốn, nơi làm việc mong muốn, mức lương mong muốn, tuổi, bằng cấp, kinh nghiệm làm việc, v.v.</translation>
    </message>
    <message>
        <source>・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、ハローワークを通じてお知らせします。</source>
        <translation>・Thông tin không cung cấp: thông tin liên lạc như họ tên, địa chỉ, số điện thoại, địa chỉ e-mail. Khi nơi nhận muốn liên lạc với bạn, Hello Work sẽ thông báo cho bạn.</translation>
    </message>
    <message>
        <source>・同意はいつでも取り消せます。取り消した後は新たに提供しません。</source>
        <translation>・Bạn có thể hủy đồng ý bất cứ lúc nào. Sau khi hủy, thông tin sẽ không được cung cấp thêm.</translation>
    </message>
    <message>
        <source>・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。</source>
        <translation>・Khi trạng thái tìm việc là &quot;Không hiệu lực&quot;, bạn không thể đồng ý mới (vẫn có thể hủy).</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>パート</source>
        <translation>Bán thời gian</translation>
    </message>
    <message>
        <source>一般（障害者）</source>
        <translation>Thông thường (người khuyết tật)</translation>
    </message>
    <message>
        <source>パート（障害者）</source>
        <translation>Bán thời gian (người khuyết tật)</translation>
    </message>
    <message>
        <source>新卒・既卒</source>
        <translation>Mới/đã tốt nghiệp</translation>
    </message>
    <message>
        <source>季節</source>
        <translation>Theo mùa</translation>
    </message>
    <message>
        <source>出稼ぎ</source>
        <translation>Đi làm xa theo mùa</translation>
    </message>
    <message>
        <source>正社員</source>
        <translation>Nhân viên chính thức</translation>
    </message>
    <message>
        <source>正社員以外</source>
        <translation>Không phải nhân viên chính thức</translation>
    </message>
    <message>
        <source>有期雇用派遣労働者</source>
        <translation>Lao động phái cử có thời hạn</translation>
    </message>
    <message>
        <source>無期雇用派遣労働者</source>
        <translation>Lao động phái cử không thời hạn</translation>
    </message>
    <message>
        <source>パート労働者</source>
        <translation>Lao động bán thời gian</translation>
    </message>
    <message>
        <source>月給</source>
        <translation>Lương tháng</translation>
    </message>
    <message>
        <source>日給</source>
        <translation>Lương ngày</translation>
    </message>
    <message>
        <source>時給</source>
        <translation>Lương giờ</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Thông tin liên lạc</translation>
    </message>
    <message>
        <source>希望条件</source>
        <translation>Điều kiện mong muốn</translation>
    </message>
    <message>
        <source>求職情報提供：提供する</source>
        <translation>Cung cấp thông tin tìm việc: Có</translation>
    </message>
    <message>
        <source>求職情報提供：提供しない</source>
        <translation>Cung cấp thông tin tìm việc: Không</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>希望職種</source>
        <translation>Nghề mong muốn</translation>
    </message>
    <message>
        <source>希望勤務地</source>
        <translation>Nơi làm việc mong muốn</translation>
    </message>
    <message>
        <source>希望賃金</source>
        <translation>Mức lương mong muốn</translation>
    </message>
    <message>
        <source>求職情報提供</source>
        <translation>Cung cấp thông tin tìm việc (求職情報提供)</translation>
    </message>
    <message>
        <source>ハローワークの利用者用端末</source>
        <translation>Máy dành cho người dùng tại Hello Work</translation>
    </message>
    <message>
        <source>ハローワークの窓口端末</source>
        <translation>Máy tại quầy (窓口) của Hello Work</translation>
    </message>
    <message>
        <source>ご自身のパソコンなど</source>
        <translation>Máy tính của bạn, v.v.</translation>
    </message>
    <message>
        <source>一時保存中</source>
        <translation>Đang lưu tạm</translation>
    </message>
    <message>
        <source>オンライン登録者</source>
        <translation>Người đăng ký trực tuyến</translation>
    </message>
    <message>
        <source>本登録済</source>
        <translation>Đã đăng ký chính thức</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>回答しない</source>
        <translation>Không trả lời</translation>
    </message>
    <message>
        <source>正社員以外（契約社員・嘱託など）</source>
        <translation>Không phải nhân viên chính thức (hợp đồng, tái tuyển dụng, v.v.)</translation>
    </message>
    <message>
        <source>パートタイム</source>
        <translation>Bán thời gian</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Phái cử</translation>
    </message>
    <message>
        <source>どれでもよい</source>
        <translation>Loại nào cũng được</translation>
    </message>
    <message>
        <source>仮登録番号（この画面またはメールに記載の番号）</source>
        <translation>Số đăng ký tạm (số ghi trên màn hình này hoặc trong e-mail)</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード、運転免許証、在留カードなど）</source>
        <translation>Giấy tờ tùy thân (thẻ My Number, bằng lái xe, thẻ cư trú, v.v.)</translation>
    </message>
    <message>
        <source>雇用保険の離職票（お持ちの方）</source>
        <translation>Phiếu nghỉ việc (離職票) của bảo hiểm việc làm (雇用保険), nếu có</translation>
    </message>
    <message>
        <source>応募</source>
        <translation>Ứng tuyển</translation>
    </message>
    <message>
        <source>ID（メールアドレス）を入力してください。</source>
        <translation>Vui lòng nhập ID (địa chỉ e-mail).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に使用できない制御文字が含まれています。</source>
        <translation>ID (địa chỉ e-mail) chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。半角英数字で入力してください。</source>
        <translation>ID (địa chỉ e-mail) chứa ký tự toàn độ rộng (hiragana, kanji, v.v.). Vui lòng nhập chữ và số nửa độ rộng (半角).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に空白が含まれています。空白を取り除いてください。</source>
        <translation>ID (địa chỉ e-mail) chứa khoảng trắng. Vui lòng xóa khoảng trắng.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Vui lòng nhập ID (địa chỉ e-mail) tối đa {max} ký tự chữ và số nửa độ rộng (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。</source>
        <translation>ID (địa chỉ e-mail) không đúng định dạng. Vui lòng nhập có cả &quot;@&quot;.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。</source>
        <translation>Phần trước &quot;@&quot; của ID (địa chỉ e-mail) tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp</source>
        <translation>ID (địa chỉ e-mail) không đúng định dạng. Ví dụ: hellowork@example.jp</translation>
    </message>
    <message>
        <source>生年月日の「年」を入力してください。</source>
        <translation>Vui lòng nhập &quot;năm&quot; của ngày sinh.</translation>
    </message>
    <message>
        <source>生年月日の「月」を入力してください。</source>
        <translation>Vui lòng nhập &quot;tháng&quot; của ngày sinh.</translation>
    </message>
    <message>
        <source>生年月日の「日」を入力してください。</source>
        <translation>Vui lòng nhập &quot;ngày&quot; của ngày sinh.</translation>
    </message>
    <message>
        <source>生年月日は和暦ではなく西暦で入力してください（例: 1980）。</source>
        <translation>Vui lòng nhập ngày sinh theo dương lịch, không theo niên hiệu Nhật (ví dụ: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁の半角数字で入力してください（例: 1980）。</source>
        <translation>Vui lòng nhập &quot;năm&quot; bằng 4 chữ số nửa độ rộng theo dương lịch (ví dụ: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁で入力してください（例: 1980）。</source>
        <translation>Vui lòng nhập &quot;năm&quot; bằng 4 chữ số theo dương lịch (ví dụ: 1980).</translation>
    </message>
    <message>
        <source>「月」は半角数字で入力してください（1〜12）。</source>
        <translation>Vui lòng nhập &quot;tháng&quot; bằng chữ số nửa độ rộng (1–12).</translation>
    </message>
    <message>
        <source>「日」は半角数字で入力してください（1〜31）。</source>
        <translation>Vui lòng nhập &quot;ngày&quot; bằng chữ số nửa độ rộng (1–31).</translation>
    </message>
    <message>
        <source>「年」は{min}年から{max}年までの西暦で入力してください。</source>
        <translation>Vui lòng nhập &quot;năm&quot; theo dương lịch, từ năm {min} đến năm {max}.</translation>
    </message>
    <message>
        <source>「月」は1から12までの数字で入力してください。</source>
        <translation>Vui lòng nhập &quot;tháng&quot; là số từ 1 đến 12.</translation>
    </message>
    <message>
        <source>「日」は1から31までの数字で入力してください。</source>
        <translation>Vui lòng nhập &quot;ngày&quot; là số từ 1 đến 31.</translation>
    </message>
    <message>
        <source>存在しない日付です。生年月日を確認してください。</source>
        <translation>Ngày này không tồn tại. Vui lòng kiểm tra ngày sinh.</translation>
    </message>
    <message>
        <source>生年月日に未来の日付は入力できません。</source>
        <translation>Không thể nhập ngày sinh trong tương lai.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Vui lòng nhập mật khẩu.</translation>
    </message>
    <message>
        <source>パスワードに空白（スペース）は使用できません。</source>
        <translation>Mật khẩu không được chứa khoảng trắng (dấu cách).</translation>
    </message>
    <message>
        <source>パスワードに全角文字（ひらがな・漢字など）が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>Mật khẩu chứa ký tự toàn độ rộng (hiragana, kanji, v.v.). Vui lòng nhập chữ, số, ký hiệu nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。</source>
        <translation>Mật khẩu chứa ký tự không dùng được (chữ có dấu như &quot;é&quot;, chữ Hy Lạp, v.v.). Vui lòng nhập chữ cái nửa độ rộng (a–z, A–Z), số và ký hiệu.</translation>
    </message>
    <message>
        <source>パスワードに絵文字などの使用できない文字が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>Mật khẩu chứa ký tự không dùng được như biểu tượng cảm xúc. Vui lòng nhập chữ, số, ký hiệu nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードは{min}桁以上で入力してください（現在{length}桁）。</source>
        <translation>Mật khẩu phải có ít nhất {min} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>パスワードは{max}桁以内で入力してください（現在{length}桁）。</source>
        <translation>Mật khẩu tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>パスワードに半角英字を1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 chữ cái nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードに半角数字を1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 chữ số nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードに半角記号（!、#、% など）を1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 ký hiệu nửa độ rộng (!, #, %, v.v.).</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 chữ cái và 1 chữ số nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 chữ cái và 1 ký hiệu nửa độ rộng.</translation>
    </message>
    <message>
        <source>パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Mật khẩu phải có ít nhất 1 chữ số và 1 ký hiệu nửa độ rộng.</translation>
    </message>
    <message>
        <source>メールアドレス、生年月日、求職番号を含むパスワードは登録できません。</source>
        <translation>Không thể đăng ký mật khẩu chứa địa chỉ e-mail, ngày sinh hoặc số tìm việc.</translation>
    </message>
    <message>
        <source>このパスワードはよく使われていて推測されやすいため登録できません。別のパスワードにしてください。</source>
        <translation>Mật khẩu này được dùng phổ biến, dễ bị đoán nên không thể đăng ký. Vui lòng chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。同じパスワードを入力してください。</source>
        <translation>Mật khẩu xác nhận không khớp. Vui lòng nhập cùng một mật khẩu.</translation>
    </message>
    <message>
        <source>認証キーを入力してください。</source>
        <translation>Vui lòng nhập mã xác thực (認証キー).</translation>
    </message>
    <message>
        <source>認証キーはメールに記載の{length}桁の半角数字で入力してください。</source>
        <translation>Vui lòng nhập mã xác thực gồm {length} chữ số nửa độ rộng ghi trong e-mail.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。</source>
        <translation>Mã xác thực không đúng hoặc đã hết hạn. Vui lòng kiểm tra mã trong e-mail, hoặc làm lại việc đăng ký mật khẩu từ đầu.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。</source>
        <translation>Mã xác thực không đúng hoặc đã hết hạn. Vui lòng kiểm tra mã trong e-mail, hoặc làm lại việc đặt lại mật khẩu từ đầu.</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Vui lòng nhập.</translation>
    </message>
    <message>
        <source>使用できない文字が含まれています。</source>
        <translation>Có ký tự không dùng được.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください。</source>
        <translation>Vui lòng nhập tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>フリガナはカタカナかひらがなで入力してください。</source>
        <translation>Hãy nhập cách đọc tên (フリガナ) bằng katakana hoặc hiragana.</translation>
    </message>
    <message>
        <source>メールアドレスまたはパスワードが正しくありません。</source>
        <translation>Địa chỉ e-mail hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Bạn đã nhập sai mật khẩu liên tiếp quá số lần cho phép nên không thể đăng nhập bằng ID này. Vui lòng đặt lại mật khẩu từ &quot;Quên mật khẩu&quot; hoặc liên hệ quầy (窓口) của Hello Work.</translation>
    </message>
    <message>
        <source>選ばれた言語には対応していません。画面の言語を選び直してください。</source>
        <translation>Ngôn ngữ đã chọn không được hỗ trợ. Vui lòng chọn lại ngôn ngữ của màn hình.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意してください。</source>
        <translation>Vui lòng đồng ý với &quot;Chính sách bảo mật&quot; và &quot;Điều khoản sử dụng My Page&quot;.</translation>
    </message>
    <message>
        <source>このメールアドレスは既に別の方のログインIDとして登録されています。</source>
        <translation>Địa chỉ e-mail này đã được đăng ký làm ID đăng nhập của người khác.</translation>
    </message>
    <message>
        <source>該当する求職者が見つかりません。</source>
        <translation>Không tìm thấy người tìm việc phù hợp.</translation>
    </message>
    <message>
        <source>職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。</source>
        <translation>ID nhân viên gồm 3–40 ký tự: chữ thường, số nửa độ rộng và &quot;.&quot;, &quot;_&quot;, &quot;-&quot;.</translation>
    </message>
    <message>
        <source>この職員IDは既に使われています。</source>
        <translation>ID nhân viên này đã được sử dụng.</translation>
    </message>
    <message>
        <source>権限は「職員」または「管理者」を指定してください。</source>
        <translation>Vui lòng chọn quyền &quot;Nhân viên&quot; hoặc &quot;Quản trị viên&quot;.</translation>
    </message>
    <message>
        <source>電話番号は半角数字とハイフンで入力してください。</source>
        <translation>Vui lòng nhập số điện thoại bằng chữ số nửa độ rộng và dấu gạch nối.</translation>
    </message>
    <message>
        <source>フリーワードは{max}文字以内で入力してください。</source>
        <translation>Từ khóa tự do tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>フリーワードに使用できない文字が含まれています。</source>
        <translation>Từ khóa tự do chứa ký tự không dùng được.</translation>
    </message>
    <message>
        <source>フリーワードは{max}語以内で入力してください。</source>
        <translation>Từ khóa tự do tối đa {max} từ.</translation>
    </message>
    <message>
        <source>フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。</source>
        <translation>Từ khóa tự do không có ký tự tìm kiếm được (kanji, kana, chữ và số).</translation>
    </message>
    <message>
        <source>求人区分の指定が正しくありません。</source>
        <translation>Loại tin tuyển dụng không hợp lệ.</translation>
    </message>
    <message>
        <source>都道府県の指定が正しくありません。</source>
        <translation>Tỉnh/thành phố không hợp lệ.</translation>
    </message>
    <message>
        <source>賃金は半角数字で入力してください（例: 180000）。</source>
        <translation>Vui lòng nhập mức lương bằng chữ số nửa độ rộng (ví dụ: 180000).</translation>
    </message>
    <message>
        <source>雇用形態の指定が正しくありません。</source>
        <translation>Hình thức tuyển dụng không hợp lệ.</translation>
    </message>
    <message>
        <source>受付日の範囲は1〜365日で指定してください。</source>
        <translation>Vui lòng chọn khoảng ngày tiếp nhận từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Vui lòng nhập số tin tuyển dụng (求人番号) dạng &quot;5 số-8 số&quot; (ví dụ: 06010-12345678).</translation>
    </message>
    <message>
        <source>事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。</source>
        <translation>Vui lòng nhập số doanh nghiệp (事業所番号) gồm 11 chữ số dạng &quot;4 số-6 số-1 số&quot; (ví dụ: 0601-234567-2). Không dùng được số có chữ số cuối (số kiểm tra) không khớp.</translation>
    </message>
    <message>
        <source>条件の名前を入力してください。</source>
        <translation>Vui lòng nhập tên điều kiện.</translation>
    </message>
    <message>
        <source>条件の名前は{max}文字以内で入力してください。</source>
        <translation>Tên điều kiện tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。</source>
        <translation>Chỉ lưu được tối đa {max} điều kiện tìm kiếm. Vui lòng xóa điều kiện không cần rồi lưu.</translation>
    </message>
    <message>
        <source>キープできる求人は{max}件までです。不要な求人をキープから外してください。</source>
        <translation>Chỉ lưu (キープ) được tối đa {max} tin tuyển dụng. Vui lòng bỏ lưu các tin không cần.</translation>
    </message>
    <message>
        <source>この求人は見つかりません。</source>
        <translation>Không tìm thấy tin tuyển dụng này.</translation>
    </message>
    <message>
        <source>この検索条件は見つかりません。</source>
        <translation>Không tìm thấy điều kiện tìm kiếm này.</translation>
    </message>
    <message>
        <source>求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。</source>
        <translation>Thông tin tìm việc đang &quot;Không hiệu lực&quot; nên không dùng được chức năng này. Bạn có thể xem nội dung đăng ký ở &quot;Thông tin người tìm việc&quot;. Khi muốn tìm việc lại, vui lòng chuyển trạng thái tìm việc sang &quot;Hiệu lực&quot;.</translation>
    </message>
    <message>
        <source>求職情報が無効になってから{days}日を超えたため、マイページから「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。</source>
        <translation>Thông tin tìm việc đã không hiệu lực quá {days} ngày nên không thể chuyển lại &quot;Hiệu lực&quot; từ My Page. Vui lòng đến Hello Work gần nhất.</translation>
    </message>
    <message>
        <source>求職状態は「有効」か「無効」を指定してください。</source>
        <translation>Vui lòng chọn trạng thái tìm việc &quot;Hiệu lực&quot; hoặc &quot;Không hiệu lực&quot;.</translation>
    </message>
    <message>
        <source>この紹介は見つかりません。</source>
        <translation>Không tìm thấy giới thiệu này.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため紹介できません。</source>
        <translation>Tin tuyển dụng này đã ngừng tuyển nên không thể giới thiệu.</translation>
    </message>
    <message>
        <source>この求職者の求職情報は「無効」のため紹介できません。先に求職登録を更新してください。</source>
        <translation>Thông tin tìm việc của người này đang &quot;Không hiệu lực&quot; nên không thể giới thiệu. Vui lòng gia hạn đăng ký tìm việc trước.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください。</source>
        <translation>Ghi chú tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>備考に使用できない文字が含まれています。</source>
        <translation>Ghi chú chứa ký tự không dùng được.</translation>
    </message>
    <message>
        <source>求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Vui lòng nhập số tìm việc (求職番号) dạng &quot;5 số-8 số&quot; (ví dụ: 06010-12345678).</translation>
    </message>
    <message>
        <source>この応募は見つかりません。</source>
        <translation>Không tìm thấy đơn ứng tuyển này.</translation>
    </message>
    <message>
        <source>この求人には既に応募しています。同じ求人に二度応募することはできません（応募履歴をご確認ください）。</source>
        <translation>Bạn đã ứng tuyển tin này rồi. Không thể ứng tuyển cùng một tin hai lần (vui lòng xem lịch sử ứng tuyển).</translation>
    </message>
    <message>
        <source>この求人はオンライン自主応募を受け付けていません。応募を希望する場合は、ハローワークの窓口で紹介を受けてください。</source>
        <translation>Tin này không nhận tự ứng tuyển trực tuyến (オンライン自主応募). Nếu muốn ứng tuyển, vui lòng nhận giới thiệu tại quầy (窓口) của Hello Work.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため応募できません。</source>
        <translation>Tin tuyển dụng này đã ngừng tuyển nên không thể ứng tuyển.</translation>
    </message>
    <message>
        <source>応募状況を「{current}」から「{target}」に変更することはできません。</source>
        <translation>Không thể đổi tình trạng ứng tuyển từ &quot;{current}&quot; sang &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>応募状況が「{status}」のため、辞退の手続きはできません。</source>
        <translation>Tình trạng ứng tuyển là &quot;{status}&quot; nên không thể rút đơn.</translation>
    </message>
    <message>
        <source>応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・不採用・辞退・取消のいずれか）。</source>
        <translation>Không thể chọn tình trạng &quot;{status}&quot; (chọn một trong: Đang xét hồ sơ, Có lịch phỏng vấn, Đang tuyển chọn, Trúng tuyển, Không trúng tuyển, Đã từ chối, Đã hủy).</translation>
    </message>
    <message>
        <source>「面接予定」には面接の日時を指定してください。</source>
        <translation>Với &quot;Có lịch phỏng vấn&quot;, vui lòng nhập ngày giờ phỏng vấn.</translation>
    </message>
    <message>
        <source>この応募には面接の予定が登録されていません。</source>
        <translation>Đơn ứng tuyển này chưa có lịch phỏng vấn.</translation>
    </message>
    <message>
        <source>面接日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Vui lòng chọn ngày giờ phỏng vấn từ {earliest} đến {latest}.</translation>
    </message>
    <message>
        <source>日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Vui lòng chọn ngày giờ từ {earliest} đến {latest}.</translation>
    </message>
    <message>
        <source>この面接の日時はカレンダー（.ics）に保存できません。日時をハローワークにご確認ください。</source>
        <translation>Không thể lưu ngày giờ phỏng vấn này vào lịch (.ics). Vui lòng hỏi Hello Work về ngày giờ.</translation>
    </message>
    <message>
        <source>備考を入力してください。</source>
        <translation>Vui lòng nhập ghi chú.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Ghi chú tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>備考に使用できない制御文字が含まれています。</source>
        <translation>Ghi chú chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>面接場所を入力してください。</source>
        <translation>Vui lòng nhập địa điểm phỏng vấn.</translation>
    </message>
    <message>
        <source>面接場所は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Địa điểm phỏng vấn tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>面接場所に使用できない制御文字が含まれています。</source>
        <translation>Địa điểm phỏng vấn chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>志望動機を入力してください。</source>
        <translation>Vui lòng nhập lý do ứng tuyển.</translation>
    </message>
    <message>
        <source>志望動機は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Lý do ứng tuyển tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>志望動機に使用できない制御文字が含まれています。</source>
        <translation>Lý do ứng tuyển chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>添付できる書類は履歴書と職務経歴書の各1通までです。</source>
        <translation>Chỉ đính kèm được mỗi loại 1 bản: sơ yếu lý lịch và bản lý lịch công việc.</translation>
    </message>
    <message>
        <source>この書類は見つかりません。もう一度添付してください。</source>
        <translation>Không tìm thấy tài liệu này. Vui lòng đính kèm lại.</translation>
    </message>
    <message>
        <source>{kind}はPDFファイルではないため添付できません。PDF形式で保存したファイルを選んでください。</source>
        <translation>{kind} không phải tệp PDF nên không thể đính kèm. Vui lòng chọn tệp đã lưu ở định dạng PDF.</translation>
    </message>
    <message>
        <source>{kind}のファイルが大きすぎます（{max_mb}MBまで）。</source>
        <translation>Tệp {kind} quá lớn (tối đa {max_mb}MB).</translation>
    </message>
    <message>
        <source>{kind}のファイルが空です。</source>
        <translation>Tệp {kind} trống.</translation>
    </message>
    <message>
        <source>{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。</source>
        <translation>Tệp PDF {kind} chứa script hoặc tệp nhúng nên không thể đính kèm.</translation>
    </message>
    <message>
        <source>書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。</source>
        <translation>Không thể chọn loại tài liệu &quot;{kind}&quot; (sơ yếu lý lịch, bản lý lịch công việc).</translation>
    </message>
    <message>
        <source>書類の送信が途中で途切れました。もう一度添付してください。</source>
        <translation>Việc gửi tài liệu bị gián đoạn. Vui lòng đính kèm lại.</translation>
    </message>
    <message>
        <source>メッセージを入力してください。</source>
        <translation>Vui lòng nhập tin nhắn.</translation>
    </message>
    <message>
        <source>メッセージは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Tin nhắn tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>メッセージに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Tin nhắn chứa ký tự điều khiển không dùng được (có thể xuống dòng).</translation>
    </message>
    <message>
        <source>この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。</source>
        <translation>Doanh nghiệp của tin này không dùng &quot;My Page cho nhà tuyển dụng (求人者マイページ)&quot; nên không thể gửi tin nhắn từ My Page.</translation>
    </message>
    <message>
        <source>このお知らせは見つかりません。</source>
        <translation>Không tìm thấy thông báo này.</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Vui lòng nhập tiêu đề.</translation>
    </message>
    <message>
        <source>件名は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Tiêu đề tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>件名に使用できない制御文字が含まれています。</source>
        <translation>Tiêu đề chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>本文を入力してください。</source>
        <translation>Vui lòng nhập nội dung.</translation>
    </message>
    <message>
        <source>本文は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Nội dung tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>本文に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Nội dung chứa ký tự điều khiển không dùng được (có thể xuống dòng).</translation>
    </message>
    <message>
        <source>イベントは {{...}} の形式（JSON オブジェクト）で記述してください。</source>
        <translation>Vui lòng viết sự kiện ở dạng {{...}} (đối tượng JSON).</translation>
    </message>
    <message>
        <source>event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。</source>
        <translation>event_id gồm 1–64 ký tự chữ và số nửa độ rộng và &quot;.&quot;, &quot;_&quot;, &quot;:&quot;, &quot;-&quot;.</translation>
    </message>
    <message>
        <source>同じ event_id のイベントがファイル内で重複しています。</source>
        <translation>Có sự kiện trùng event_id trong tệp.</translation>
    </message>
    <message>
        <source>type は &quot;status&quot;・&quot;message&quot;・&quot;direct_request&quot; のいずれかを指定してください。</source>
        <translation>type phải là một trong &quot;status&quot;, &quot;message&quot;, &quot;direct_request&quot;.</translation>
    </message>
    <message>
        <source>application には紹介番号か応募番号を文字列で指定してください。</source>
        <translation>application phải là chuỗi số giới thiệu hoặc số ứng tuyển.</translation>
    </message>
    <message>
        <source>application「{number}」に該当する応募がありません。</source>
        <translation>Không có đơn ứng tuyển ứng với application &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>{field} は文字列で指定してください。</source>
        <translation>{field} phải là chuỗi ký tự.</translation>
    </message>
    <message>
        <source>{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。</source>
        <translation>Không đọc được {field} &quot;{value}&quot; dưới dạng ngày giờ (ví dụ: 2026-12-01T14:00:00+09:00).</translation>
    </message>
    <message>
        <source>不明な項目「{field}」があります。</source>
        <translation>Có mục không rõ &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>希望職種を入力してください。</source>
        <translation>Vui lòng nhập nghề mong muốn.</translation>
    </message>
    <message>
        <source>希望職種は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Nghề mong muốn tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>希望職種に使用できない制御文字が含まれています。</source>
        <translation>Nghề mong muốn chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>希望勤務地を入力してください。</source>
        <translation>Vui lòng nhập nơi làm việc mong muốn.</translation>
    </message>
    <message>
        <source>希望勤務地は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Nơi làm việc mong muốn tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>希望勤務地に使用できない制御文字が含まれています。</source>
        <translation>Nơi làm việc mong muốn chứa ký tự điều khiển không dùng được.</translation>
    </message>
    <message>
        <source>経験を入力してください。</source>
        <translation>Vui lòng nhập kinh nghiệm.</translation>
    </message>
    <message>
        <source>経験は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Kinh nghiệm tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>経験に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Kinh nghiệm chứa ký tự điều khiển không dùng được (có thể xuống dòng).</translation>
    </message>
    <message>
        <source>資格を入力してください。</source>
        <translation>Vui lòng nhập bằng cấp.</translation>
    </message>
    <message>
        <source>資格は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Bằng cấp tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>資格に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Bằng cấp chứa ký tự điều khiển không dùng được (có thể xuống dòng).</translation>
    </message>
    <message>
        <source>自己PRを入力してください。</source>
        <translation>Vui lòng nhập phần giới thiệu bản thân.</translation>
    </message>
    <message>
        <source>自己PRは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Giới thiệu bản thân tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>自己PRに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Giới thiệu bản thân chứa ký tự điều khiển không dùng được (có thể xuống dòng).</translation>
    </message>
    <message>
        <source>公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。</source>
        <translation>Không được ghi địa chỉ e-mail hay số điện thoại trong nội dung công khai. Thông tin liên lạc sẽ không được công khai.</translation>
    </message>
    <message>
        <source>この直接リクエストは見つかりません。</source>
        <translation>Không tìm thấy yêu cầu trực tiếp này.</translation>
    </message>
    <message>
        <source>この直接リクエストには回答済みです。</source>
        <translation>Bạn đã trả lời yêu cầu trực tiếp này.</translation>
    </message>
    <message>
        <source>回答は「応募」か「辞退」を指定してください。</source>
        <translation>Vui lòng chọn trả lời &quot;Ứng tuyển&quot; hoặc &quot;Từ chối&quot;.</translation>
    </message>
    <message>
        <source>posting には求人番号を文字列で指定してください。</source>
        <translation>posting phải là chuỗi số tin tuyển dụng.</translation>
    </message>
    <message>
        <source>posting「{number}」に該当する求人がありません。</source>
        <translation>Không có tin tuyển dụng ứng với posting &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。</source>
        <translation>posting &quot;{number}&quot; đã ngừng tuyển hoặc không nhận tự ứng tuyển trực tuyến.</translation>
    </message>
    <message>
        <source>seeker には求職公開番号（K で始まる10文字）を指定してください。</source>
        <translation>seeker phải là số công khai tìm việc (10 ký tự, bắt đầu bằng K).</translation>
    </message>
    <message>
        <source>seeker「{number}」の求職情報は公開されていません（公開を取り下げたか、求職登録が無効です）。</source>
        <translation>Thông tin tìm việc của seeker &quot;{number}&quot; không được công khai (đã rút công khai hoặc đăng ký tìm việc không hiệu lực).</translation>
    </message>
    <message>
        <source>この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。</source>
        <translation>Đã gửi yêu cầu trực tiếp của tin này cho người tìm việc này (mỗi tin chỉ 1 lần).</translation>
    </message>
    <message>
        <source>この求人の直接リクエストは上限の{max}件に達しています。</source>
        <translation>Yêu cầu trực tiếp của tin này đã đạt giới hạn {max}.</translation>
    </message>
    <message>
        <source>現在のパスワードを入力してください。</source>
        <translation>Vui lòng nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>現在のパスワードが正しくありません。</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>現在のパスワードの入力に続けて失敗したため、{seconds}秒待ってからやり直してください。</source>
        <translation>Bạn đã nhập sai mật khẩu hiện tại liên tiếp. Vui lòng đợi {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、パスワードを変更できません。ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Bạn đã nhập sai mật khẩu liên tiếp quá số lần cho phép nên không thể đổi mật khẩu. Vui lòng đăng xuất và đặt lại từ &quot;Quên mật khẩu&quot;, hoặc liên hệ quầy (窓口) của Hello Work.</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。</source>
        <translation>Mật khẩu mới giống mật khẩu hiện tại. Vui lòng chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>ログアウトしました。</source>
        <translation>Bạn đã đăng xuất.</translation>
    </message>
    <message>
        <source>別のパソコンで同じIDのログインがあったため、ログアウトしました。心当たりがない場合は、パスワードを変更してください。</source>
        <translation>Có đăng nhập bằng cùng ID trên máy tính khác nên bạn đã bị đăng xuất. Nếu không phải bạn, vui lòng đổi mật khẩu.</translation>
    </message>
    <message>
        <source>一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Không có thao tác trong một thời gian nên bạn đã bị đăng xuất. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Đã quá thời gian hiệu lực đăng nhập nên bạn đã bị đăng xuất. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>パスワードが再設定されたため、ログアウトしました。</source>
        <translation>Mật khẩu đã được đặt lại nên bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>パスワードが変更されたため、ログアウトしました。</source>
        <translation>Mật khẩu đã được thay đổi nên bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）が変更されたため、ログアウトしました。</source>
        <translation>ID đăng nhập (địa chỉ e-mail) đã được thay đổi nên bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>ハローワークの職員の操作により、ログアウトしました。</source>
        <translation>Bạn đã bị đăng xuất do thao tác của nhân viên Hello Work.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したため、ログアウトしました。</source>
        <translation>Bạn đã nhập sai mật khẩu liên tiếp nên đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>サービスに接続できない状態が続いたため、安全のためログアウトしました。しばらくしてから、もう一度ログインしてください。</source>
        <translation>Không kết nối được với dịch vụ trong thời gian dài nên bạn đã bị đăng xuất để bảo đảm an toàn. Vui lòng đợi một lúc rồi đăng nhập lại.</translation>
    </message>
    <message>
        <source>前回の利用が正しく終了していなかったため、ログアウトしました。</source>
        <translation>Lần sử dụng trước chưa kết thúc đúng cách nên bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>ログアウトしました。もう一度ログインしてください。</source>
        <translation>Bạn đã đăng xuất. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが正しくありません。</source>
        <translation>ID nhân viên hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。管理者にパスワードの再発行を依頼してください。</source>
        <translation>Đã nhập sai mật khẩu liên tiếp quá số lần cho phép nên không thể dùng ID nhân viên này. Vui lòng nhờ quản trị viên cấp lại mật khẩu.</translation>
    </message>
    <message>
        <source>パスワードが正しくありません。</source>
        <translation>Mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>この操作の前に、パスワードをもう一度入力してください。</source>
        <translation>Trước thao tác này, vui lòng nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。先にパスワードを変更してください。</source>
        <translation>Bạn vẫn đang dùng mật khẩu lần đầu. Vui lòng đổi mật khẩu trước.</translation>
    </message>
    <message>
        <source>この操作は管理者のみが行えます。</source>
        <translation>Chỉ quản trị viên mới thực hiện được thao tác này.</translation>
    </message>
    <message>
        <source>確認した本人確認書類を選んでください。</source>
        <translation>Vui lòng chọn giấy tờ tùy thân đã kiểm tra.</translation>
    </message>
    <message>
        <source>この職員IDのアカウントはありません。</source>
        <translation>Không có tài khoản với ID nhân viên này.</translation>
    </message>
    <message>
        <source>求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。</source>
        <translation>Vui lòng nhập số tìm việc, furigana và ngày sinh, hoặc địa chỉ e-mail.</translation>
    </message>
    <message>
        <source>この求職者にはログインID（メールアドレス）が登録されていません。</source>
        <translation>Người tìm việc này chưa đăng ký ID đăng nhập (địa chỉ e-mail).</translation>
    </message>
    <message>
        <source>現在と同じメールアドレスです。</source>
        <translation>Đây là địa chỉ e-mail hiện tại.</translation>
    </message>
    <message>
        <source>期間の指定が正しくありません（開始が終了より後になっています）。</source>
        <translation>Khoảng thời gian không hợp lệ (ngày bắt đầu sau ngày kết thúc).</translation>
    </message>
    <message>
        <source>登録コードを入力してください（新しいパソコンの画面に表示されています）。</source>
        <translation>Vui lòng nhập mã đăng ký (hiển thị trên màn hình máy tính mới).</translation>
    </message>
    <message>
        <source>登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。</source>
        <translation>Vui lòng nhập mã đăng ký gồm 8 chữ cái hiển thị trên màn hình máy tính mới (ví dụ: BCDF-GHJK. Không dùng A, E, I, O, U, Y và chữ số).</translation>
    </message>
    <message>
        <source>登録コードが正しくないか、有効期限が切れているか、既に使われています。新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。</source>
        <translation>Mã đăng ký không đúng, đã hết hạn hoặc đã được dùng. Vui lòng kiểm tra mã trên màn hình máy tính mới. Nếu đã hết hạn, vui lòng đăng ký lại trên máy tính đó.</translation>
    </message>
    <message>
        <source>登録コードの誤りが続いたため、しばらく承認できません。15分ほど待ってからやり直してください。</source>
        <translation>Đã nhập sai mã đăng ký liên tiếp nên tạm thời không thể phê duyệt. Vui lòng đợi khoảng 15 phút rồi thử lại.</translation>
    </message>
    <message>
        <source>この端末は見つかりません。一覧を更新してください。</source>
        <translation>Không tìm thấy thiết bị này. Vui lòng làm mới danh sách.</translation>
    </message>
    <message>
        <source>このパソコンは事務所のサーバーに接続していないため、端末を承認できません。事務所のサーバーに接続した職員コンソールで承認してください。</source>
        <translation>Máy tính này không kết nối với máy chủ của văn phòng nên không thể phê duyệt thiết bị. Vui lòng phê duyệt trên bảng điều khiển nhân viên đã kết nối với máy chủ văn phòng.</translation>
    </message>
    <message>
        <source>端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）のいずれかを指定してください。</source>
        <translation>Loại thiết bị phải là một trong kiosk (máy dành cho người dùng), counter (máy tại quầy), staff (máy nhân viên).</translation>
    </message>
    <message>
        <source>端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。</source>
        <translation>Tên thiết bị gồm 1–60 ký tự, không chứa xuống dòng hay ký tự điều khiển.</translation>
    </message>
    <message>
        <source>端末の証明書要求が正しくありません。登録をはじめからやり直してください。</source>
        <translation>Yêu cầu chứng chỉ của thiết bị không hợp lệ. Vui lòng đăng ký lại từ đầu.</translation>
    </message>
    <message>
        <source>承認待ちの端末登録が多すぎるため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Có quá nhiều thiết bị đang chờ phê duyệt nên không thể tiếp nhận. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>この端末（利用者用端末）からは職員コンソールを使えません。窓口端末か職員端末を使ってください。</source>
        <translation>Không thể dùng bảng điều khiển nhân viên trên thiết bị này (máy dành cho người dùng). Vui lòng dùng máy tại quầy hoặc máy nhân viên.</translation>
    </message>
    <message>
        <source>中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。</source>
        <translation>Học sinh đang học trung học cơ sở hoặc trung học phổ thông không thể đăng ký tạm tìm việc trực tuyến. Vui lòng trao đổi với trường (giáo viên hướng nghiệp) hoặc đến quầy dành cho học sinh tốt nghiệp của Hello Work.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Vui lòng nhập tối đa {max} ký tự (hiện tại {length} ký tự).</translation>
    </message>
    <message>
        <source>{max}行まで入力できます。</source>
        <translation>Có thể nhập tối đa {max} dòng.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように半角で入力してください。</source>
        <translation>Vui lòng nhập năm tháng theo dương lịch, nửa độ rộng, ví dụ &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>1900年から現在までの年月を入力してください。</source>
        <translation>Vui lòng nhập năm tháng từ năm 1900 đến hiện tại.</translation>
    </message>
    <message>
        <source>終わりの年月が始めの年月より前になっています。</source>
        <translation>Năm tháng kết thúc đang trước năm tháng bắt đầu.</translation>
    </message>
    <message>
        <source>一覧から選んでください。</source>
        <translation>Vui lòng chọn từ danh sách.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の半角数字で入力してください（例: 990-0000）。</source>
        <translation>Vui lòng nhập mã bưu chính gồm 7 chữ số nửa độ rộng (ví dụ: 990-0000).</translation>
    </message>
    <message>
        <source>仮登録番号は10桁の数字で入力してください（例: 12345-67890）。</source>
        <translation>Vui lòng nhập số đăng ký tạm gồm 10 chữ số (ví dụ: 12345-67890).</translation>
    </message>
    <message>
        <source>仮登録番号、またはフリガナと生年月日を入力してください。</source>
        <translation>Vui lòng nhập số đăng ký tạm, hoặc furigana và ngày sinh.</translation>
    </message>
    <message>
        <source>この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。</source>
        <translation>Không tìm thấy đăng ký tạm này. Có thể đã bị xóa do hết hạn.</translation>
    </message>
    <message>
        <source>この仮登録は既に本登録済みです。</source>
        <translation>Đăng ký tạm này đã được đăng ký chính thức.</translation>
    </message>
    <message>
        <source>このパソコンからの申込みが集中しているため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Có quá nhiều yêu cầu từ máy tính này nên không thể tiếp nhận. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。</source>
        <translation>Nội dung lưu tạm đã hết hạn và bị xóa. Vui lòng nhập lại từ đầu.</translation>
    </message>
    <message>
        <source>登録内容と同じです。変更する項目を入力してください。</source>
        <translation>Giống với nội dung đã đăng ký. Vui lòng nhập mục muốn thay đổi.</translation>
    </message>
    <message>
        <source>「求職情報提供」の説明が更新されました。表示された説明を確認してから、もう一度同意してください。</source>
        <translation>Phần giải thích &quot;Cung cấp thông tin tìm việc&quot; đã được cập nhật. Vui lòng xem phần giải thích rồi đồng ý lại.</translation>
    </message>
    <message>
        <source>求職状態が「無効」のため、求職情報提供に同意することはできません。「有効」に戻してから、もう一度お試しください。</source>
        <translation>Trạng thái tìm việc là &quot;Không hiệu lực&quot; nên không thể đồng ý cung cấp thông tin tìm việc. Vui lòng chuyển lại &quot;Hiệu lực&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Không hiệu lực</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Bằng lái xe</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Thẻ My Number</translation>
    </message>
    <message>
        <source>在留カード</source>
        <translation>Thẻ cư trú</translation>
    </message>
    <message>
        <source>健康保険証</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>ご本人による変更</source>
        <translation>Người tìm việc tự thay đổi</translation>
    </message>
    <message>
        <source>有効期限の経過</source>
        <translation>Hết thời hạn</translation>
    </message>
    <message>
        <source>ハローワーク 求職者マイページ</source>
        <translation>Hello Work – My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>デモモード（デモ用データとデモ用メールボックス）</source>
        <translation>Chế độ demo (dữ liệu demo và hộp thư demo)</translation>
    </message>
    <message>
        <source>ハローワーク内の共用パソコン向けの動作</source>
        <translation>Chế độ cho máy tính dùng chung tại Hello Work</translation>
    </message>
    <message>
        <source>職員用の窓口コンソールを開く</source>
        <translation>Mở bảng điều khiển quầy cho nhân viên</translation>
    </message>
    <message>
        <source>全画面をPNGに書き出して終了</source>
        <translation>Xuất mọi màn hình ra PNG rồi thoát</translation>
    </message>
    <message>
        <source>--render-screens: 言語（ja,en,… または all）</source>
        <translation>--render-screens: ngôn ngữ (ja,en,… hoặc all)</translation>
    </message>
    <message>
        <source>--render-screens: 表示（100,200,high_contrast）</source>
        <translation>--render-screens: hiển thị (100,200,high_contrast)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了</source>
        <translation>Hiển thị phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>応募日</source>
        <translation>Ngày ứng tuyển</translation>
    </message>
    <message>
        <source>応募番号</source>
        <translation>Số ứng tuyển</translation>
    </message>
    <message>
        <source>応募経路</source>
        <translation>Cách ứng tuyển</translation>
    </message>
    <message>
        <source>事業所名</source>
        <translation>Tên doanh nghiệp</translation>
    </message>
    <message>
        <source>職種</source>
        <translation>Nghề</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>状況の更新日</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <source>次の面接</source>
        <translation>Phỏng vấn tới</translation>
    </message>
    <message>
        <source>未読メッセージ</source>
        <translation>Tin chưa đọc</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を利用していないため、メッセージはありません。</source>
        <translation>Doanh nghiệp này không dùng &quot;My Page cho nhà tuyển dụng (求人者マイページ)&quot; nên không có tin nhắn.</translation>
    </message>
    <message>
        <source>{count}件</source>
        <translation>{count} mục</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>応募履歴</source>
        <translation>Lịch sử ứng tuyển</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <source>最新の情報に更新</source>
        <translation>Cập nhật thông tin mới nhất</translation>
    </message>
    <message>
        <source>状況(&amp;S)：</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と応募した求人票が下に表示されます。</source>
        <translation>Tình trạng các đơn ứng tuyển qua giới thiệu và tự ứng tuyển trực tuyến. Chọn một dòng để xem lịch sử tình trạng và phiếu tuyển dụng (求人票) đã ứng tuyển ở bên dưới.</translation>
    </message>
    <message>
        <source>読み込んでいます…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」から応募した求人が、ここに表示されます。</source>
        <translation>Chưa có lịch sử ứng tuyển. Các tin bạn được giới thiệu tại Hello Work hoặc đã ứng tuyển bằng nút &quot;Ứng tuyển&quot; trên phiếu tuyển dụng sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>状況が「{status}」の応募はありません。</source>
        <translation>Không có đơn ứng tuyển nào ở tình trạng &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>応募番号 {number}（{company}）を辞退しました。</source>
        <translation>Đã rút đơn ứng tuyển số {number} ({company}).</translation>
    </message>
    <message>
        <source>求人番号</source>
        <translation>Số tin tuyển dụng (求人番号)</translation>
    </message>
    <message>
        <source>現在の状況</source>
        <translation>Tình trạng hiện tại</translation>
    </message>
    <message>
        <source>辞退する</source>
        <translation>Rút đơn</translation>
    </message>
    <message>
        <source>面接予定をカレンダーに保存（.ics）</source>
        <translation>Lưu lịch phỏng vấn vào lịch (.ics)</translation>
    </message>
    <message>
        <source>メッセージを見る</source>
        <translation>Xem tin nhắn</translation>
    </message>
    <message>
        <source>求人票を見る</source>
        <translation>Xem phiếu tuyển dụng (求人票)</translation>
    </message>
    <message>
        <source>状況の履歴</source>
        <translation>Lịch sử tình trạng</translation>
    </message>
    <message>
        <source>応募した求人票（応募した時点の内容）</source>
        <translation>Phiếu tuyển dụng đã ứng tuyển (nội dung lúc ứng tuyển)</translation>
    </message>
    <message>
        <source>応募の内容</source>
        <translation>Nội dung ứng tuyển</translation>
    </message>
    <message>
        <source>{company}&#x3000;{occupation}</source>
        <translation>{company}&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>{source}（紹介番号 {number}）</source>
        <translation>{source} (số giới thiệu {number})</translation>
    </message>
    <message>
        <source>「{status}」の応募は辞退できません。</source>
        <translation>Không thể rút đơn ứng tuyển ở tình trạng &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>メッセージを見る（未読 {count}件）</source>
        <translation>Xem tin nhắn ({count} chưa đọc)</translation>
    </message>
    <message>
        <source>応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。</source>
        <translation>Khi chọn một đơn ứng tuyển, lịch sử tình trạng và phiếu tuyển dụng đã ứng tuyển sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>&#x3000;場所：{place}</source>
        <translation>&#x3000;Địa điểm: {place}</translation>
    </message>
    <message>
        <source>予定はありません（これまでの面接は「状況の履歴」をご覧ください）</source>
        <translation>Không có lịch (các buổi phỏng vấn trước xem ở &quot;Lịch sử tình trạng&quot;)</translation>
    </message>
    <message>
        <source>予定はありません</source>
        <translation>Không có lịch</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>面接日時</source>
        <translation>Ngày giờ phỏng vấn</translation>
    </message>
    <message>
        <source>面接場所</source>
        <translation>Địa điểm phỏng vấn</translation>
    </message>
    <message>
        <source>備考・連絡事項</source>
        <translation>Ghi chú, thông báo</translation>
    </message>
    <message>
        <source>iCalendar ファイル (*.ics)</source>
        <translation>Tệp iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、もう一度お試しください。（{reason}）</source>
        <translation>Không thể lưu tệp. Vui lòng kiểm tra thư mục lưu và dung lượng trống rồi thử lại. ({reason})</translation>
    </message>
    <message>
        <source>面接の予定を保存しました：{path}
カレンダーのアプリでこのファイルを開くと、予定に追加できます。ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。</source>
        <translation>Đã lưu lịch phỏng vấn: {path}
Mở tệp này bằng ứng dụng lịch để thêm vào lịch. Trên máy tính dùng chung như tại Hello Work, vui lòng xóa tệp sau khi đã nhập.</translation>
    </message>
    <message>
        <source>面接_{number}.ics</source>
        <translation>phong_van_{number}.ics</translation>
    </message>
    <message>
        <source>面接予定の保存（.ics）</source>
        <translation>Lưu lịch phỏng vấn (.ics)</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。</source>
        <translation>Hiện không thể xử lý. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>次の応募を辞退します。

事業所名：{company}
職種：{occupation}
応募番号：{number}</source>
        <translation>Rút đơn ứng tuyển sau.

Tên doanh nghiệp: {company}
Nghề: {occupation}
Số ứng tuyển: {number}</translation>
    </message>
    <message>
        <source>辞退すると、元に戻すことはできません。同じ求人にもう一度応募することもできません。</source>
        <translation>Sau khi rút đơn, bạn không thể hoàn tác. Bạn cũng không thể ứng tuyển lại tin này.</translation>
    </message>
    <message>
        <source>事業所への連絡事項（任意・{max}文字以内）</source>
        <translation>Lời nhắn cho doanh nghiệp (không bắt buộc, tối đa {max} ký tự)</translation>
    </message>
    <message>
        <source>例：他社への就職が決まったため</source>
        <translation>Ví dụ: Vì đã có việc làm ở công ty khác</translation>
    </message>
    <message>
        <source>事業所への連絡事項</source>
        <translation>Lời nhắn cho doanh nghiệp</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>送信しています…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>事業所名：{company}
職種：{occupation}
求人番号：{number}</source>
        <translation>Tên doanh nghiệp: {company}
Nghề: {occupation}
Số tin tuyển dụng: {number}</translation>
    </message>
    <message>
        <source>志望動機（必須・{max}文字以内）</source>
        <translation>Lý do ứng tuyển (bắt buộc, tối đa {max} ký tự)</translation>
    </message>
    <message>
        <source>志望動機</source>
        <translation>Lý do ứng tuyển</translation>
    </message>
    <message>
        <source>この求人に応募する理由、活かせる経験などを書いてください。</source>
        <translation>Hãy viết lý do ứng tuyển tin này, kinh nghiệm có thể phát huy, v.v.</translation>
    </message>
    <message>
        <source>応募書類（PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Hồ sơ ứng tuyển (định dạng PDF, mỗi tệp tối đa {mb}MB)</translation>
    </message>
    <message>
        <source>応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。</source>
        <translation>Khi ứng tuyển, lý do ứng tuyển, tài liệu đính kèm và thông tin người tìm việc của bạn đã đăng ký tại Hello Work (họ tên, liên lạc, điều kiện mong muốn, v.v.) sẽ được gửi tới doanh nghiệp này.</translation>
    </message>
    <message>
        <source>応募する</source>
        <translation>Ứng tuyển</translation>
    </message>
    <message>
        <source>この求人に応募します</source>
        <translation>Ứng tuyển tin này</translation>
    </message>
    <message>
        <source>{length} / {max}文字</source>
        <translation>{length} / {max} ký tự</translation>
    </message>
    <message>
        <source>応募しています…</source>
        <translation>Đang ứng tuyển…</translation>
    </message>
    <message>
        <source>添付なし</source>
        <translation>Không đính kèm</translation>
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
        <translation>Ứng tuyển trực tuyến vào tin sau.

Tên doanh nghiệp: {company}
Nghề: {occupation}
Số tin tuyển dụng: {number}

Lý do ứng tuyển: {length} ký tự
{attachments}

Khi ứng tuyển, thông tin người tìm việc của bạn đã đăng ký tại Hello Work (họ tên, liên lạc, điều kiện mong muốn, v.v.) cũng được gửi tới doanh nghiệp này.
Bạn có chắc muốn ứng tuyển không?</translation>
    </message>
    <message>
        <source>オンライン自主応募の確認</source>
        <translation>Xác nhận tự ứng tuyển trực tuyến (オンライン自主応募)</translation>
    </message>
    <message>
        <source>応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。</source>
        <translation>Đã ứng tuyển. Bạn đã ứng tuyển tin này rồi. Xem tình trạng ở &quot;Lịch sử ứng tuyển&quot;.</translation>
    </message>
    <message>
        <source>応募履歴で見る</source>
        <translation>Xem lịch sử ứng tuyển</translation>
    </message>
    <message>
        <source>応募しました。応募番号：{number}</source>
        <translation>Đã ứng tuyển. Số ứng tuyển: {number}</translation>
    </message>
    <message>
        <source>添付した書類：{documents}</source>
        <translation>Tài liệu đính kèm: {documents}</translation>
    </message>
    <message>
        <source>書類は添付していません。</source>
        <translation>Không đính kèm tài liệu.</translation>
    </message>
    <message>
        <source>事業所からの連絡は「メッセージ」に届きます。</source>
        <translation>Liên lạc từ doanh nghiệp sẽ đến mục &quot;Tin nhắn&quot;.</translation>
    </message>
    <message>
        <source>オンラインで応募できるか確認しています…</source>
        <translation>Đang kiểm tra có thể ứng tuyển trực tuyến không…</translation>
    </message>
    <message>
        <source>この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。</source>
        <translation>Bạn có thể ứng tuyển trực tuyến tin này từ My Page (tự ứng tuyển trực tuyến - オンライン自主応募).</translation>
    </message>
    <message>
        <source>市区町村を指定しない</source>
        <translation>Không chọn quận/huyện</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>都道府県を選択</source>
        <translation>Chọn tỉnh/thành phố</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Quận/huyện/thị xã</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>指定した就業場所</source>
        <translation>Nơi làm việc đã chọn</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>選択した就業場所を削除</source>
        <translation>Xóa nơi làm việc đã chọn</translation>
    </message>
    <message>
        <source>（全域）</source>
        <translation>(toàn vùng)</translation>
    </message>
    <message>
        <source>就業場所は{max}か所まで指定できます。</source>
        <translation>Có thể chọn tối đa {max} nơi làm việc.</translation>
    </message>
    <message>
        <source>例: 介護 山形（スペースで区切ると「かつ」で検索）</source>
        <translation>Ví dụ: 介護 山形 (cách bằng dấu cách để tìm &quot;và&quot;)</translation>
    </message>
    <message>
        <source>例: 06010-12345678</source>
        <translation>Ví dụ: 06010-12345678</translation>
    </message>
    <message>
        <source>例: 0601-234567-2</source>
        <translation>Ví dụ: 0601-234567-2</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Không chọn</translation>
    </message>
    <message>
        <source>例: 180000</source>
        <translation>Ví dụ: 180000</translation>
    </message>
    <message>
        <source>賃金の単位</source>
        <translation>Đơn vị lương</translation>
    </message>
    <message>
        <source>賃金（下限）</source>
        <translation>Lương (tối thiểu)</translation>
    </message>
    <message>
        <source>円以上</source>
        <translation>yên trở lên</translation>
    </message>
    <message>
        <source>指定なし</source>
        <translation>Không chọn</translation>
    </message>
    <message>
        <source>{n}日以内</source>
        <translation>Trong {n} ngày</translation>
    </message>
    <message>
        <source>オンライン自主応募可の求人のみ</source>
        <translation>Chỉ tin nhận tự ứng tuyển trực tuyến</translation>
    </message>
    <message>
        <source>検索する</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>Xóa điều kiện</translation>
    </message>
    <message>
        <source>フリーワード</source>
        <translation>Từ khóa tự do</translation>
    </message>
    <message>
        <source>求人区分</source>
        <translation>Loại tin tuyển dụng</translation>
    </message>
    <message>
        <source>雇用形態</source>
        <translation>Hình thức tuyển dụng</translation>
    </message>
    <message>
        <source>就業場所</source>
        <translation>Nơi làm việc</translation>
    </message>
    <message>
        <source>事業所番号</source>
        <translation>Số doanh nghiệp (事業所番号)</translation>
    </message>
    <message>
        <source>職業分類</source>
        <translation>Phân loại nghề</translation>
    </message>
    <message>
        <source>受付日</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>← 一覧に戻る</source>
        <translation>← Về danh sách</translation>
    </message>
    <message>
        <source>求人票</source>
        <translation>Phiếu tuyển dụng (求人票)</translation>
    </message>
    <message>
        <source>【{closed}】この求人の募集は終了しました。</source>
        <translation>[{closed}] Tin này đã ngừng tuyển.</translation>
    </message>
    <message>
        <source>キープする</source>
        <translation>Lưu (キープ)</translation>
    </message>
    <message>
        <source>求人番号をコピー</source>
        <translation>Sao chép số tin</translation>
    </message>
    <message>
        <source>この事業所の求人をすべて見る</source>
        <translation>Xem mọi tin của doanh nghiệp này</translation>
    </message>
    <message>
        <source>この求人票の事業所番号で求人を検索します</source>
        <translation>Tìm tin tuyển dụng theo số doanh nghiệp của phiếu này</translation>
    </message>
    <message>
        <source>求人票を読み込んでいます…</source>
        <translation>Đang tải phiếu tuyển dụng…</translation>
    </message>
    <message>
        <source>求人票&#x3000;{occupation}</source>
        <translation>Phiếu tuyển dụng&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>キープを外す</source>
        <translation>Bỏ lưu (キープ)</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>賃金</source>
        <translation>Lương</translation>
    </message>
    <message>
        <source>キープした日時</source>
        <translation>Ngày giờ lưu</translation>
    </message>
    <message>
        <source>募集中</source>
        <translation>Đang tuyển</translation>
    </message>
    <message>
        <source>キープした求人</source>
        <translation>Tin đã lưu (キープ)</translation>
    </message>
    <message>
        <source>詳細を見る</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>キープした求人はありません。求人票の「キープする」を押すと、ここに表示されます。</source>
        <translation>Chưa có tin đã lưu. Bấm &quot;Lưu (キープ)&quot; trên phiếu tuyển dụng để tin hiển thị ở đây.</translation>
    </message>
    <message>
        <source>募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。</source>
        <translation>Tin đã ngừng tuyển vẫn hiển thị &quot;Ngừng tuyển&quot; cho đến khi bạn bỏ lưu.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>名前</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>この求人は表示できません</source>
        <translation>Không thể hiển thị tin này</translation>
    </message>
    <message>
        <source>読み込めませんでした</source>
        <translation>Không tải được</translation>
    </message>
    <message>
        <source>オンライン応募</source>
        <translation>Ứng tuyển trực tuyến</translation>
    </message>
    <message>
        <source>キープ</source>
        <translation>Lưu (キープ)</translation>
    </message>
    <message>
        <source>1行に1件。例：2004/04 株式会社さくら 入社</source>
        <translation>Mỗi dòng 1 mục. Ví dụ: 2004/04 株式会社さくら 入社</translation>
    </message>
    <message>
        <source>1行に1件。例：2010/06 普通自動車第一種運転免許 取得</source>
        <translation>Mỗi dòng 1 mục. Ví dụ: 2010/06 普通自動車第一種運転免許 取得</translation>
    </message>
    <message>
        <source>学歴</source>
        <translation>Quá trình học tập</translation>
    </message>
    <message>
        <source>職歴</source>
        <translation>Quá trình làm việc</translation>
    </message>
    <message>
        <source>{kind}を作成</source>
        <translation>Tạo {kind}</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日（例 1985-04-12）</source>
        <translation>Ngày sinh (ví dụ 1985-04-12)</translation>
    </message>
    <message>
        <source>現住所</source>
        <translation>Địa chỉ hiện tại</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>学歴・職歴</source>
        <translation>Học tập, làm việc</translation>
    </message>
    <message>
        <source>免許・資格</source>
        <translation>Bằng lái, bằng cấp</translation>
    </message>
    <message>
        <source>志望の動機・自己PR</source>
        <translation>Lý do ứng tuyển, giới thiệu bản thân</translation>
    </message>
    <message>
        <source>本人希望記入欄</source>
        <translation>Mong muốn của bản thân</translation>
    </message>
    <message>
        <source>職務要約</source>
        <translation>Tóm tắt công việc</translation>
    </message>
    <message>
        <source>職務経歴</source>
        <translation>Quá trình công việc</translation>
    </message>
    <message>
        <source>活かせる経験・知識・技術</source>
        <translation>Kinh nghiệm, kiến thức, kỹ năng có thể phát huy</translation>
    </message>
    <message>
        <source>自己PR</source>
        <translation>Giới thiệu bản thân</translation>
    </message>
    <message>
        <source>入力欄</source>
        <translation>Ô nhập</translation>
    </message>
    <message>
        <source>印刷する…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>PDFで保存…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>この応募に添付する</source>
        <translation>Đính kèm vào đơn này</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。JIS規格の様式に沿った A4 の書類になります。</source>
        <translation>Thông tin người tìm việc đã đăng ký được điền sẵn. Vui lòng kiểm tra và bổ sung phần còn thiếu. Tài liệu khổ A4 theo mẫu chuẩn JIS.</translation>
    </message>
    <message>
        <source>PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、もう一度お試しください。</source>
        <translation>Không thể tạo tệp PDF. Hãy cài phông chữ tiếng Nhật IPAexGothic (IPAexゴシック) rồi thử lại.</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>bản thân</translation>
    </message>
    <message>
        <source>求職者情報を読み込めませんでした。手で入力してください。</source>
        <translation>Không tải được thông tin người tìm việc. Vui lòng nhập tay.</translation>
    </message>
    <message>
        <source>PDFを保存しました：{path}</source>
        <translation>Đã lưu PDF: {path}</translation>
    </message>
    <message>
        <source>{kind}をPDFで保存</source>
        <translation>Lưu {kind} dạng PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。</source>
        <translation>Máy tính này chưa cài máy in. Vui lòng lưu bằng &quot;Lưu PDF…&quot;.</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Vui lòng nhập họ tên.</translation>
    </message>
    <message>
        <source>この条件を保存</source>
        <translation>Lưu điều kiện này</translation>
    </message>
    <message>
        <source>保存する検索条件の名前（40文字以内）</source>
        <translation>Tên điều kiện tìm kiếm cần lưu (tối đa 40 ký tự)</translation>
    </message>
    <message>
        <source>検索条件に誤りがあります。検索画面の表示を確認してください。</source>
        <translation>Điều kiện tìm kiếm có lỗi. Vui lòng kiểm tra màn hình tìm kiếm.</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Điều kiện tìm kiếm</translation>
    </message>
    <message>
        <source>新着</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>前回の検索</source>
        <translation>Lần tìm trước</translation>
    </message>
    <message>
        <source>新着 {n} 件</source>
        <translation>{n} tin mới</translation>
    </message>
    <message>
        <source>保存した検索条件</source>
        <translation>Điều kiện tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>この条件で検索</source>
        <translation>Tìm theo điều kiện này</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。求人情報検索の画面で「この条件を保存」を押すと、ここに表示されます。</source>
        <translation>Chưa có điều kiện tìm kiếm đã lưu. Bấm &quot;Lưu điều kiện này&quot; ở màn hình tìm việc để điều kiện hiển thị ở đây.</translation>
    </message>
    <message>
        <source>「新着」は、前回その条件で検索したあとに掲載された求人の件数です。</source>
        <translation>&quot;Mới&quot; là số tin được đăng sau lần cuối bạn tìm theo điều kiện đó.</translation>
    </message>
    <message>
        <source>新しい名前（40文字以内）</source>
        <translation>Tên mới (tối đa 40 ký tự)</translation>
    </message>
    <message>
        <source>変更する</source>
        <translation>Đổi</translation>
    </message>
    <message>
        <source>保存した検索条件「{name}」を削除しますか？</source>
        <translation>Xóa điều kiện tìm kiếm đã lưu &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>検索条件の削除</source>
        <translation>Xóa điều kiện tìm kiếm</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>新着順</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <source>賃金の高い順</source>
        <translation>Lương cao nhất</translation>
    </message>
    <message>
        <source>求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。</source>
        <translation>Trạng thái tìm việc đang không hiệu lực nên không thể tìm việc. Khi muốn tìm việc lại, vui lòng chuyển trạng thái tìm việc về &quot;Hiệu lực&quot; ở &quot;Thông tin người tìm việc, cài đặt&quot;. Điều kiện tìm kiếm đã nhập vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>検索結果</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>並び順</source>
        <translation>Sắp xếp</translation>
    </message>
    <message>
        <source>求人情報検索</source>
        <translation>Tìm việc làm</translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation>Đang tìm kiếm…</translation>
    </message>
    <message>
        <source>件数を確認しています…</source>
        <translation>Đang đếm số tin…</translation>
    </message>
    <message>
        <source>一覧を準備しています…</source>
        <translation>Đang chuẩn bị danh sách…</translation>
    </message>
    <message>
        <source>{count}（件数を確認しています）</source>
        <translation>{count} (đang đếm số tin)</translation>
    </message>
    <message>
        <source>検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。</source>
        <translation>Đã lưu điều kiện tìm kiếm &quot;{name}&quot;. Có thể mở lại từ &quot;Điều kiện tìm kiếm đã lưu&quot;.</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>募集終了</source>
        <translation>Ngừng tuyển</translation>
    </message>
    <message>
        <source>該当 {n}件以上</source>
        <translation>Trên {n} tin phù hợp</translation>
    </message>
    <message>
        <source>該当 {n} 件（一覧は先頭の {m} 件）</source>
        <translation>{n} tin phù hợp (danh sách hiện {m} tin đầu)</translation>
    </message>
    <message>
        <source>該当 {n} 件</source>
        <translation>{n} tin phù hợp</translation>
    </message>
    <message>
        <source>該当 約{n}件</source>
        <translation>Khoảng {n} tin phù hợp</translation>
    </message>
    <message>
        <source>可</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>不可</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>{n}秒後に再度お試しください。</source>
        <translation>Vui lòng thử lại sau {n} giây.</translation>
    </message>
    <message>
        <source>ただいまサービスに接続できません。しばらくしてから再度お試しください。</source>
        <translation>Hiện không kết nối được dịch vụ. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>ハローワークをご利用中の方のマイページ開設</source>
        <translation>Mở My Page cho người đang sử dụng Hello Work</translation>
    </message>
    <message>
        <source>※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。</source>
        <translation>※ Nếu làm thủ tục trên máy tính tại Hello Work, e-mail sẽ được gửi tới địa chỉ bạn đã đăng ký. Vui lòng chuẩn bị để nhận và xem ngay tại chỗ (bằng điện thoại của bạn, v.v.).</translation>
    </message>
    <message>
        <source>セッションの有効期限が切れました。もう一度ログインしてください。</source>
        <translation>Phiên đã hết hạn. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>求職者マイページ ログイン</source>
        <translation>Đăng nhập My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>ID（メールアドレス）</source>
        <translation>ID (địa chỉ e-mail)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>パスワードを忘れた方</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <source>求職申込み（仮登録）</source>
        <translation>Đăng ký tìm việc (仮登録)</translation>
    </message>
    <message>
        <source>デモ用メールボックス</source>
        <translation>Hộp thư demo</translation>
    </message>
    <message>
        <source>はじめての方は、上のボタンからマイページを開設してください。
（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）</source>
        <translation>Nếu dùng lần đầu, vui lòng mở My Page bằng nút ở trên.
(Dành cho người đã đăng ký tìm việc và địa chỉ e-mail tại quầy Hello Work)</translation>
    </message>
    <message>
        <source>ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。</source>
        <translation>Nếu chưa đăng ký tìm việc tại Hello Work, bạn có thể đăng ký tạm (仮登録) tại đây trước khi đến.</translation>
    </message>
    <message>
        <source>中止してログアウト</source>
        <translation>Dừng và đăng xuất</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。</source>
        <translation>Bạn vẫn đang dùng mật khẩu lần đầu. Để tiếp tục, vui lòng đổi sang mật khẩu do bạn tự đặt.</translation>
    </message>
    <message>
        <source>現在のパスワードと、新しいパスワードを入力してください。</source>
        <translation>Vui lòng nhập mật khẩu hiện tại và mật khẩu mới.</translation>
    </message>
    <message>
        <source>パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。</source>
        <translation>Mật khẩu dài 8–32 ký tự, có ít nhất 1 chữ cái, 1 chữ số và 1 ký hiệu nửa độ rộng.</translation>
    </message>
    <message>
        <source>現在のパスワード</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>新しいパスワード</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）</source>
        <translation>Mật khẩu mới (xác nhận)</translation>
    </message>
    <message>
        <source>現在のパスワード（初回用パスワード）</source>
        <translation>Mật khẩu hiện tại (mật khẩu lần đầu)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認のため、もう一度）</source>
        <translation>Mật khẩu mới (nhập lại để xác nhận)</translation>
    </message>
    <message>
        <source>職員ログイン（窓口用）</source>
        <translation>Nhân viên đăng nhập (tại quầy)</translation>
    </message>
    <message>
        <source>職員の画面のロック解除</source>
        <translation>Mở khóa màn hình nhân viên</translation>
    </message>
    <message>
        <source>ハローワーク職員用の画面です。職員IDとパスワードを入力してください。
求職者の方のID（メールアドレス）ではログインできません。</source>
        <translation>Màn hình dành cho nhân viên Hello Work. Vui lòng nhập ID nhân viên và mật khẩu.
Không thể đăng nhập bằng ID (địa chỉ e-mail) của người tìm việc.</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>ID nhân viên</translation>
    </message>
    <message>
        <source>職員の画面はロックされています。{name} さんのパスワードを入力してください。</source>
        <translation>Màn hình nhân viên đang bị khóa. Vui lòng nhập mật khẩu của {name}.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>パスワードの変更（初回ログイン）</source>
        <translation>Đổi mật khẩu (đăng nhập lần đầu)</translation>
    </message>
    <message>
        <source>職員IDを入力してください。</source>
        <translation>Vui lòng nhập ID nhân viên.</translation>
    </message>
    <message>
        <source>続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。</source>
        <translation>Do thất bại liên tiếp, tạm thời không thể đăng nhập. Vui lòng thử lại sau {time}.</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。</source>
        <translation>Hiện không thể xử lý. Vui lòng đợi một lúc rồi thử lại. Nội dung đã nhập vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>{m}分{s:02d}秒</source>
        <translation>{m} phút {s:02d} giây</translation>
    </message>
    <message>
        <source>{s}秒</source>
        <translation>{s} giây</translation>
    </message>
    <message>
        <source>事業所へのメッセージを入力してください（改行できます）</source>
        <translation>Nhập tin nhắn gửi doanh nghiệp (có thể xuống dòng)</translation>
    </message>
    <message>
        <source>送信するメッセージ</source>
        <translation>Tin nhắn cần gửi</translation>
    </message>
    <message>
        <source>送信する</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>{length} / {max}文字（{over}文字多すぎます）</source>
        <translation>{length} / {max} ký tự (thừa {over} ký tự)</translation>
    </message>
    <message>
        <source>送信中…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。</source>
        <translation>Hiện không thể xử lý. Nội dung đã nhập vẫn được giữ nguyên. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>直接リクエストに応募する</source>
        <translation>Ứng tuyển theo yêu cầu trực tiếp</translation>
    </message>
    <message>
        <source>求人「{label}」にオンラインで応募します。志望動機を入力してください（1000文字以内）。</source>
        <translation>Ứng tuyển trực tuyến tin &quot;{label}&quot;. Vui lòng nhập lý do ứng tuyển (tối đa 1000 ký tự).</translation>
    </message>
    <message>
        <source>応募書類（任意、PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Hồ sơ ứng tuyển (không bắt buộc, định dạng PDF, mỗi tệp tối đa {mb}MB)</translation>
    </message>
    <message>
        <source>回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。</source>
        <translation>Đã trả lời: Đã ứng tuyển ({at}, số ứng tuyển {number}). Xem tình trạng ở lịch sử ứng tuyển.</translation>
    </message>
    <message>
        <source>回答済み: 辞退しました（{at}）。</source>
        <translation>Đã trả lời: Đã từ chối ({at}).</translation>
    </message>
    <message>
        <source>この求人の募集は終了したため、応募できません。</source>
        <translation>Tin này đã ngừng tuyển nên không thể ứng tuyển.</translation>
    </message>
    <message>
        <source>事業所から応募のリクエストが届いています。求人票を確認して、お答えください。</source>
        <translation>Doanh nghiệp gửi yêu cầu mời bạn ứng tuyển. Vui lòng xem phiếu tuyển dụng rồi trả lời.</translation>
    </message>
    <message>
        <source>この求人への直接リクエストを辞退しますか。
辞退すると、このリクエストから応募することはできません。</source>
        <translation>Từ chối yêu cầu trực tiếp của tin này?
Sau khi từ chối, bạn không thể ứng tuyển từ yêu cầu này.</translation>
    </message>
    <message>
        <source>直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。</source>
        <translation>Không tải được yêu cầu trực tiếp. Vui lòng đợi một lúc rồi mở lại thông báo.</translation>
    </message>
    <message>
        <source>※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。</source>
        <translation>※ Chỉ có thể nhắn tin khi doanh nghiệp tuyển dụng đã mở &quot;My Page cho nhà tuyển dụng (求人者マイページ)&quot;.</translation>
    </message>
    <message>
        <source>左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。</source>
        <translation>Chọn nơi ứng tuyển ở danh sách bên trái để xem tin nhắn với doanh nghiệp đó.</translation>
    </message>
    <message>
        <source>応募先の一覧</source>
        <translation>Danh sách nơi ứng tuyển</translation>
    </message>
    <message>
        <source>応募した求人はまだありません。ハローワークで紹介を受けるか、オンライン自主応募をすると、ここに表示されます。</source>
        <translation>Chưa có tin đã ứng tuyển. Khi bạn được giới thiệu tại Hello Work hoặc tự ứng tuyển trực tuyến, tin sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>メッセージ</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>応募した求人の担当者とメッセージをやりとりできます。</source>
        <translation>Bạn có thể nhắn tin với người phụ trách của tin đã ứng tuyển.</translation>
    </message>
    <message>
        <source>メッセージを送信しました。</source>
        <translation>Đã gửi tin nhắn.</translation>
    </message>
    <message>
        <source>{occupation}&#x3000;応募番号 {number}</source>
        <translation>{occupation}&#x3000;Số ứng tuyển {number}</translation>
    </message>
    <message>
        <source>おすすめ求人</source>
        <translation>Tin đề xuất</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>送信元</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>既読</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <source>未読</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>お知らせの本文</source>
        <translation>Nội dung thông báo</translation>
    </message>
    <message>
        <source>この求人の募集は終了しました</source>
        <translation>Tin này đã ngừng tuyển</translation>
    </message>
    <message>
        <source>{kind}&#x3000;送信元: {sender}&#x3000;{at}</source>
        <translation>{kind}&#x3000;Người gửi: {sender}&#x3000;{at}</translation>
    </message>
    <message>
        <source>直接リクエストの求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Tin có yêu cầu trực tiếp: {label}&#x3000;Số tin {number}</translation>
    </message>
    <message>
        <source>おすすめ求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Tin đề xuất: {label}&#x3000;Số tin {number}</translation>
    </message>
    <message>
        <source>お知らせを選ぶと、ここに内容が表示されます。</source>
        <translation>Chọn một thông báo để xem nội dung ở đây.</translation>
    </message>
    <message>
        <source>お知らせの一覧</source>
        <translation>Danh sách thông báo</translation>
    </message>
    <message>
        <source>さらに読み込む</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。</source>
        <translation>Bạn sẽ nhận thông báo từ Hello Work và tin tuyển dụng đề xuất gần với mong muốn của bạn.</translation>
    </message>
    <message>
        <source>お知らせはありません。</source>
        <translation>Không có thông báo.</translation>
    </message>
    <message>
        <source>{count}件を表示中（未読 {unread}件）</source>
        <translation>Đang hiện {count} mục ({unread} chưa đọc)</translation>
    </message>
    <message>
        <source>&#x3000;一覧の最後までスクロールすると、古いお知らせを読み込みます。</source>
        <translation>&#x3000;Cuộn đến cuối danh sách để tải thông báo cũ hơn.</translation>
    </message>
    <message>
        <source>やりとり</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。</source>
        <translation>Doanh nghiệp này chưa mở &quot;My Page cho nhà tuyển dụng (求人者マイページ)&quot; nên không thể nhắn tin.</translation>
    </message>
    <message>
        <source>メッセージのやりとり</source>
        <translation>Trao đổi tin nhắn</translation>
    </message>
    <message>
        <source>まだメッセージはありません。</source>
        <translation>Chưa có tin nhắn.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。</source>
        <translation>Chúng tôi sẽ gửi &quot;Thông báo thay đổi nội dung đăng ký&quot; tới địa chỉ e-mail đã đăng ký (không ghi nội dung sau thay đổi).</translation>
    </message>
    <message>
        <source>処理しています。しばらくお待ちください…</source>
        <translation>Đang xử lý. Vui lòng đợi…</translation>
    </message>
    <message>
        <source>この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。</source>
        <translation>Không tìm thấy địa chỉ cho mã bưu chính này. Vui lòng kiểm tra mã bưu chính hoặc nhập địa chỉ.</translation>
    </message>
    <message>
        <source>連絡先の変更</source>
        <translation>Đổi thông tin liên lạc</translation>
    </message>
    <message>
        <source>引っ越しや電話番号の変更があったときは、ここで変更できます。郵便番号・住所・電話番号をすべて入力してください。</source>
        <translation>Khi chuyển nhà hoặc đổi số điện thoại, bạn có thể thay đổi tại đây. Vui lòng nhập đủ mã bưu chính, địa chỉ và số điện thoại.</translation>
    </message>
    <message>
        <source>連絡先を変更する</source>
        <translation>Đổi thông tin liên lạc</translation>
    </message>
    <message>
        <source>住所を検索</source>
        <translation>Tìm địa chỉ</translation>
    </message>
    <message>
        <source>住所の候補</source>
        <translation>Địa chỉ gợi ý</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります</source>
        <translation>Nhập 7 chữ số và bấm &quot;Tìm địa chỉ&quot; để điền phần đầu địa chỉ</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください（{max}文字以内）</source>
        <translation>Vui lòng nhập đến số nhà, tên tòa nhà, số phòng (tối đa {max} ký tự)</translation>
    </message>
    <message>
        <source>半角数字とハイフン&#x3000;例: 023-600-1234</source>
        <translation>Chữ số nửa độ rộng và dấu gạch nối&#x3000;Ví dụ: 023-600-1234</translation>
    </message>
    <message>
        <source>連絡先を変更しました。</source>
        <translation>Đã đổi thông tin liên lạc.</translation>
    </message>
    <message>
        <source>住所は入力済みのため変更していません: {address}</source>
        <translation>Địa chỉ đã có sẵn nên không thay đổi: {address}</translation>
    </message>
    <message>
        <source>{date}（あと{days}日）</source>
        <translation>{date} (còn {days} ngày)</translation>
    </message>
    <message>
        <source>求職状態：{status}&#x3000;&#x3000;有効期限：{until}
求職番号：{number}</source>
        <translation>Trạng thái tìm việc: {status}&#x3000;&#x3000;Hạn hiệu lực: {until}
Số tìm việc: {number}</translation>
    </message>
    <message>
        <source>{when}&#x3000;{company}（{occupation}）</source>
        <translation>{when}&#x3000;{company} ({occupation})</translation>
    </message>
    <message>
        <source>場所：{place}</source>
        <translation>Địa điểm: {place}</translation>
    </message>
    <message>
        <source>{company}の面接の応募履歴を見る</source>
        <translation>Xem lịch sử ứng tuyển phỏng vấn tại {company}</translation>
    </message>
    <message>
        <source>文字の大きさ・表示</source>
        <translation>Cỡ chữ, hiển thị</translation>
    </message>
    <message>
        <source>文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。すぐにすべての画面に反映されます。</source>
        <translation>Bạn có thể phóng to chữ hoặc chuyển sang màu dễ nhìn (tương phản cao). Thay đổi áp dụng ngay cho mọi màn hình.</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。</source>
        <translation>Trên máy tính tại Hello Work, khi đăng xuất, hiển thị sẽ trở về như cũ.</translation>
    </message>
    <message>
        <source>未読のメッセージ</source>
        <translation>Tin nhắn chưa đọc</translation>
    </message>
    <message>
        <source>応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。</source>
        <translation>Tin nhắn từ người phụ trách nơi ứng tuyển được xem ở mục &quot;Tin nhắn&quot; trong menu bên trái.</translation>
    </message>
    <message>
        <source>未読のお知らせ</source>
        <translation>Thông báo chưa đọc</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。</source>
        <translation>Thông báo và tin đề xuất từ Hello Work được xem ở mục &quot;Thông báo&quot; trong menu bên trái.</translation>
    </message>
    <message>
        <source>面接の予定</source>
        <translation>Lịch phỏng vấn</translation>
    </message>
    <message>
        <source>予定されている面接はありません。</source>
        <translation>Không có buổi phỏng vấn nào sắp tới.</translation>
    </message>
    <message>
        <source>保存した検索条件の新着求人</source>
        <translation>Tin mới theo điều kiện đã lưu</translation>
    </message>
    <message>
        <source>「求職者マイページ」でできること</source>
        <translation>Những việc có thể làm trên &quot;My Page (求職者マイページ)&quot;</translation>
    </message>
    <message>
        <source>・</source>
        <translation>・</translation>
    </message>
    <message>
        <source>{name} さん、ようこそ。</source>
        <translation>Chào mừng {name}.</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n} mục</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、新着求人の件数は表示されません。</source>
        <translation>Khi trạng thái tìm việc là &quot;Không hiệu lực&quot;, số tin mới sẽ không hiển thị.</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。「求人情報検索」で条件を保存すると、その条件に合う新着求人の件数がここに表示されます。</source>
        <translation>Chưa có điều kiện tìm kiếm đã lưu. Khi bạn lưu điều kiện ở &quot;Tìm việc làm&quot;, số tin mới phù hợp sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>・{name}&#x3000;新着 {n}件</source>
        <translation>・{name}&#x3000;{n} tin mới</translation>
    </message>
    <message>
        <source>左のメニューの「保存した検索条件」から、その条件で検索できます。</source>
        <translation>Bạn có thể tìm theo điều kiện đó từ mục &quot;Điều kiện tìm kiếm đã lưu&quot; trong menu bên trái.</translation>
    </message>
    <message>
        <source>現在の設定：提供する（{date}に同意）</source>
        <translation>Cài đặt hiện tại: Cung cấp (đồng ý ngày {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（{date}に同意を取り消しました）</source>
        <translation>Cài đặt hiện tại: Không cung cấp (đã hủy đồng ý ngày {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（同意していません）</source>
        <translation>Cài đặt hiện tại: Không cung cấp (chưa đồng ý)</translation>
    </message>
    <message>
        <source>求職情報提供に同意する</source>
        <translation>Đồng ý cung cấp thông tin tìm việc</translation>
    </message>
    <message>
        <source>同意を取り消す（提供しない）</source>
        <translation>Hủy đồng ý (không cung cấp)</translation>
    </message>
    <message>
        <source>求職情報提供への同意を取り消しますか？
取り消した後は、あなたの求職情報を新たに提供しません。</source>
        <translation>Hủy đồng ý cung cấp thông tin tìm việc?
Sau khi hủy, thông tin tìm việc của bạn sẽ không được cung cấp thêm.</translation>
    </message>
    <message>
        <source>同意を取り消す</source>
        <translation>Hủy đồng ý</translation>
    </message>
    <message>
        <source>上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に提供することに同意しますか？</source>
        <translation>Bạn có đồng ý cung cấp thông tin tìm việc (trừ họ tên, liên lạc) cho chính quyền địa phương và các đơn vị giới thiệu việc làm như giải thích ở trên không?</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」をお送りします。</source>
        <translation>Đã thay đổi cài đặt. Chúng tôi sẽ gửi &quot;Thông báo thay đổi cài đặt cung cấp thông tin tìm việc&quot; tới địa chỉ e-mail đã đăng ký.</translation>
    </message>
    <message>
        <source>新しいパスワード（確認用）</source>
        <translation>Mật khẩu mới (xác nhận)</translation>
    </message>
    <message>
        <source>パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内</source>
        <translation>Mật khẩu: kết hợp chữ số, chữ cái, ký hiệu nửa độ rộng, 8–32 ký tự</translation>
    </message>
    <message>
        <source>メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。</source>
        <translation>Không thể đăng ký mật khẩu chứa địa chỉ e-mail, ngày sinh, số tìm việc, hoặc mật khẩu phổ biến dễ đoán.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、「パスワードを変更する」を押してください。</source>
        <translation>Để đổi mật khẩu, vui lòng nhập mật khẩu hiện tại và mật khẩu mới, rồi bấm &quot;Đổi mật khẩu&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更する</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>パスワードを変更しました。次回から新しいパスワードでログインしてください。</source>
        <translation>Đã đổi mật khẩu. Từ lần sau, vui lòng đăng nhập bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました（このパソコンのログインは続いています）。</source>
        <translation>Nếu bạn đang đăng nhập trên máy tính hoặc điện thoại khác, phiên đăng nhập đó đã kết thúc (đăng nhập trên máy này vẫn tiếp tục).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。</source>
        <translation>Chúng tôi sẽ gửi e-mail &quot;Thông báo đổi mật khẩu&quot; tới địa chỉ e-mail đã đăng ký.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。</source>
        <translation>Chữ cái, chữ số, ký hiệu toàn độ rộng trong mật khẩu đã nhập đã được chuyển sang nửa độ rộng khi đăng ký.</translation>
    </message>
    <message>
        <source>希望職種（必須）</source>
        <translation>Nghề mong muốn (bắt buộc)</translation>
    </message>
    <message>
        <source>経験</source>
        <translation>Kinh nghiệm</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Bằng cấp</translation>
    </message>
    <message>
        <source>求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。</source>
        <translation>Khi công khai thông tin tìm việc, doanh nghiệp có thể xem thông tin tìm việc ẩn danh và gửi &quot;Yêu cầu trực tiếp (直接リクエスト)&quot; (lời mời ứng tuyển). Họ tên, liên lạc, ngày sinh không được công khai (chỉ hiện độ tuổi). Bạn có thể rút lại công khai bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>（記載なし）</source>
        <translation>(Không ghi)</translation>
    </message>
    <message>
        <source>（公開したときに決まります）</source>
        <translation>(Sẽ được xác định khi công khai)</translation>
    </message>
    <message>
        <source>求職公開番号</source>
        <translation>Số hồ sơ công khai (求職公開番号)</translation>
    </message>
    <message>
        <source>年代</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <source>求職公開（事業所への匿名の公開）</source>
        <translation>Công khai hồ sơ tìm việc (求職公開) – ẩn danh với doanh nghiệp</translation>
    </message>
    <message>
        <source>{n}文字以内</source>
        <translation>Tối đa {n} ký tự</translation>
    </message>
    <message>
        <source>事業所に見える内容を確認する</source>
        <translation>Xem nội dung doanh nghiệp thấy</translation>
    </message>
    <message>
        <source>公開する</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>公開を取り下げる</source>
        <translation>Rút công khai</translation>
    </message>
    <message>
        <source>事業所に見える内容（プレビュー）</source>
        <translation>Nội dung doanh nghiệp thấy (xem trước)</translation>
    </message>
    <message>
        <source>公開中（{at}から）&#x3000;求職公開番号: {number}&#x3000;受け取った直接リクエスト: {n}件</source>
        <translation>Đang công khai (từ {at})&#x3000;Số công khai: {number}&#x3000;Yêu cầu trực tiếp đã nhận: {n}</translation>
    </message>
    <message>
        <source>公開していません（{at}に取り下げました）</source>
        <translation>Không công khai (đã rút ngày {at})</translation>
    </message>
    <message>
        <source>公開していません</source>
        <translation>Không công khai</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は公開できません。</source>
        <translation>Không thể công khai khi trạng thái tìm việc là &quot;Không hiệu lực&quot;.</translation>
    </message>
    <message>
        <source>求職公開の取り下げ</source>
        <translation>Rút công khai hồ sơ tìm việc (求職公開)</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げますか。
取り下げると、事業所はあなたの求職情報を見られなくなり、新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。</source>
        <translation>Rút lại công khai thông tin tìm việc?
Sau khi rút, doanh nghiệp không xem được thông tin tìm việc của bạn và bạn sẽ không nhận yêu cầu trực tiếp mới (vẫn trả lời được các yêu cầu đã nhận).</translation>
    </message>
    <message>
        <source>取り下げる</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <source>公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Không tải được trạng thái công khai. Vui lòng đợi một lúc rồi mở lại trang này.</translation>
    </message>
    <message>
        <source>この内容で公開内容を更新しますか。</source>
        <translation>Cập nhật nội dung công khai như thế này?</translation>
    </message>
    <message>
        <source>この内容で求職情報を公開しますか。</source>
        <translation>Công khai thông tin tìm việc với nội dung này?</translation>
    </message>
    <message>
        <source>求職公開</source>
        <translation>Công khai hồ sơ tìm việc (求職公開)</translation>
    </message>
    <message>
        <source>事業所には次のとおり表示されます。</source>
        <translation>Doanh nghiệp sẽ thấy như sau.</translation>
    </message>
    <message>
        <source>更新する</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>求職情報を公開しました。</source>
        <translation>Đã công khai thông tin tìm việc.</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げました。</source>
        <translation>Đã rút công khai thông tin tìm việc.</translation>
    </message>
    <message>
        <source>公開内容を更新する</source>
        <translation>Cập nhật nội dung công khai</translation>
    </message>
    <message>
        <source>マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。</source>
        <translation>Trên My Page, bạn có thể thay đổi: thông tin liên lạc (địa chỉ, số điện thoại), điều kiện mong muốn, cung cấp thông tin tìm việc, trạng thái tìm việc (hiệu lực/không hiệu lực), mật khẩu và công khai hồ sơ tìm việc. Nếu họ tên, ngày sinh hoặc nội dung đăng ký khác bị sai hoặc bạn muốn thay đổi, vui lòng báo quầy (窓口) của Hello Work.</translation>
    </message>
    <message>
        <source>求職者情報・設定</source>
        <translation>Thông tin người tìm việc, cài đặt</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Thông tin cơ bản</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>連絡先・ログインID</source>
        <translation>Liên lạc, ID đăng nhập</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）</source>
        <translation>ID đăng nhập (địa chỉ e-mail)</translation>
    </message>
    <message>
        <source>求職申込日</source>
        <translation>Ngày đăng ký tìm việc</translation>
    </message>
    <message>
        <source>有効期限</source>
        <translation>Hạn hiệu lực</translation>
    </message>
    <message>
        <source>求職状態</source>
        <translation>Trạng thái tìm việc</translation>
    </message>
    <message>
        <source>無効になった理由</source>
        <translation>Lý do không hiệu lực</translation>
    </message>
    <message>
        <source>（登録なし）</source>
        <translation>(Chưa đăng ký)</translation>
    </message>
    <message>
        <source>ページの内容</source>
        <translation>Nội dung trang</translation>
    </message>
    <message>
        <source>「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。それを過ぎると、最寄りのハローワークでの手続きが必要です。</source>
        <translation>Trong vòng {days} ngày kể từ ngày chuyển sang &quot;Không hiệu lực&quot;, bạn có thể chuyển lại &quot;Hiệu lực&quot; tại trang này. Quá thời hạn đó, cần làm thủ tục tại Hello Work gần nhất.</translation>
    </message>
    <message>
        <source>求職状態を「無効」にしますか？</source>
        <translation>Chuyển trạng thái tìm việc sang &quot;Không hiệu lực&quot;?</translation>
    </message>
    <message>
        <source>「無効」にする</source>
        <translation>Chuyển &quot;Không hiệu lực&quot;</translation>
    </message>
    <message>
        <source>「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。</source>
        <translation>Khi chuyển lại &quot;Hiệu lực&quot;, bạn có thể tìm việc, tự ứng tuyển trực tuyến và gửi tin nhắn cho nơi ứng tuyển như trước.</translation>
    </message>
    <message>
        <source>有効期限は{date}になります。</source>
        <translation>Hạn hiệu lực sẽ là {date}.</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻しますか？</source>
        <translation>Chuyển trạng thái tìm việc lại &quot;Hiệu lực&quot;?</translation>
    </message>
    <message>
        <source>「有効」に戻す</source>
        <translation>Chuyển lại &quot;Hiệu lực&quot;</translation>
    </message>
    <message>
        <source>求職状態の切り替え</source>
        <translation>Chuyển trạng thái tìm việc</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>現在の求職状態：{status}</source>
        <translation>Trạng thái tìm việc hiện tại: {status}</translation>
    </message>
    <message>
        <source>{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}になります）。</source>
        <translation>Đến {deadline}, bạn có thể chuyển lại &quot;Hiệu lực&quot; tại trang này (khi đó hạn hiệu lực sẽ là {renews}).</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻す</source>
        <translation>Chuyển trạng thái tìm việc lại &quot;Hiệu lực&quot;</translation>
    </message>
    <message>
        <source>求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}</source>
        <translation>Khi tạm nghỉ tìm việc, bạn có thể chuyển trạng thái tìm việc sang &quot;Không hiệu lực&quot;. Hạn hiệu lực: {date}</translation>
    </message>
    <message>
        <source>求職状態を「無効」にする</source>
        <translation>Chuyển trạng thái tìm việc sang &quot;Không hiệu lực&quot;</translation>
    </message>
    <message>
        <source>求職状態を切り替える</source>
        <translation>Chuyển trạng thái tìm việc</translation>
    </message>
    <message>
        <source>求職状態を「{status}」にしました。</source>
        <translation>Đã chuyển trạng thái tìm việc sang &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Hiện không tải được thông tin. Vui lòng đợi một lúc rồi mở lại trang này.</translation>
    </message>
    <message>
        <source>登録した求職情報の確認や有効/無効の切り替えができます。</source>
        <translation>Bạn có thể xem thông tin tìm việc đã đăng ký và chuyển hiệu lực/không hiệu lực.</translation>
    </message>
    <message>
        <source>求人の検索条件を保存したり、気になった求人を保存することができます。</source>
        <translation>Bạn có thể lưu điều kiện tìm việc và lưu các tin tuyển dụng quan tâm.</translation>
    </message>
    <message>
        <source>ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。</source>
        <translation>Bạn có thể xem nội dung tin tuyển dụng Hello Work đã giới thiệu, giấy giới thiệu (紹介状) và lịch sử ứng tuyển.</translation>
    </message>
    <message>
        <source>メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせをお送りする場合があります。</source>
        <translation>Với chức năng tin nhắn, bạn có thể trao đổi với người phụ trách tin đã ứng tuyển. Hello Work cũng có thể gửi bạn thông tin tuyển dụng và thông báo.</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。</source>
        <translation>Khi trạng thái tìm việc là &quot;Không hiệu lực&quot;, bạn không thể tìm việc, tự ứng tuyển trực tuyến và gửi tin nhắn cho nơi ứng tuyển. Bạn vẫn xem được nội dung đăng ký, giấy giới thiệu, lịch sử ứng tuyển, tin nhắn, thông báo và thay đổi cài đặt.</translation>
    </message>
    <message>
        <source>有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます。</source>
        <translation>Đã đến tháng hết hạn hiệu lực. Nếu trong thời gian này bạn nhận giới thiệu của Hello Work hoặc tự ứng tuyển trực tuyến, hạn hiệu lực sẽ được gia hạn 1 tháng.</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日（{w}）{hh}時{mm:02d}分</source>
        <translation>{hh}:{mm:02d} ({w}) {d}/{m}/{y}</translation>
    </message>
    <message>
        <source>{status}（{reason}）</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>{deadline}までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。</source>
        <translation>Đến {deadline}, bạn có thể chuyển trạng thái tìm việc lại &quot;Hiệu lực&quot; ở &quot;Thông tin người tìm việc, cài đặt&quot;.</translation>
    </message>
    <message>
        <source>例: 一般事務、介護職員、製造ライン作業</source>
        <translation>Ví dụ: văn phòng, nhân viên chăm sóc, dây chuyền sản xuất</translation>
    </message>
    <message>
        <source>例: 山形市、天童市</source>
        <translation>Ví dụ: 山形市, 天童市</translation>
    </message>
    <message>
        <source>例: 月給18万円以上、時給1,000円以上</source>
        <translation>Ví dụ: lương tháng từ 180.000 yên, lương giờ từ 1.000 yên</translation>
    </message>
    <message>
        <source>希望条件の変更</source>
        <translation>Đổi điều kiện mong muốn</translation>
    </message>
    <message>
        <source>希望する仕事の条件を変更できます。希望職種は必ず入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Bạn có thể thay đổi điều kiện công việc mong muốn. Bắt buộc nhập nghề mong muốn. Bạn cũng có thể vừa trao đổi tại quầy vừa thay đổi.</translation>
    </message>
    <message>
        <source>希望条件を変更する</source>
        <translation>Đổi điều kiện mong muốn</translation>
    </message>
    <message>
        <source>希望条件を変更しました。</source>
        <translation>Đã đổi điều kiện mong muốn.</translation>
    </message>
    <message>
        <source>はじめに</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>希望する仕事</source>
        <translation>Công việc mong muốn</translation>
    </message>
    <message>
        <source>免許・資格、障害に関する情報、自己PR</source>
        <translation>Bằng lái, bằng cấp, thông tin khuyết tật, giới thiệu bản thân</translation>
    </message>
    <message>
        <source>入力内容の確認</source>
        <translation>Xác nhận nội dung</translation>
    </message>
    <message>
        <source>仮登録の完了</source>
        <translation>Hoàn tất đăng ký tạm (仮登録)</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(Chưa nhập)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>nay</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{day}/{month}/{year}</translation>
    </message>
    <message>
        <source>性別（任意）</source>
        <translation>Giới tính (không bắt buộc)</translation>
    </message>
    <message>
        <source>希望する雇用形態</source>
        <translation>Hình thức tuyển dụng mong muốn</translation>
    </message>
    <message>
        <source>希望就業時間</source>
        <translation>Giờ làm việc mong muốn</translation>
    </message>
    <message>
        <source>障害に関する情報（任意）</source>
        <translation>Thông tin khuyết tật (không bắt buộc)</translation>
    </message>
    <message>
        <source>入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。</source>
        <translation>Vui lòng kiểm tra nội dung đã nhập. Nếu đúng, bấm &quot;Đăng ký tạm với nội dung này&quot;.</translation>
    </message>
    <message>
        <source>修正する</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>{title}を修正する</source>
        <translation>Sửa {title}</translation>
    </message>
    <message>
        <source>求職仮登録を受け付けました。まだ求職申込みは完了していません。</source>
        <translation>Đã tiếp nhận đăng ký tạm tìm việc. Việc đăng ký tìm việc chưa hoàn tất.</translation>
    </message>
    <message>
        <source>仮登録番号</source>
        <translation>Số đăng ký tạm</translation>
    </message>
    <message>
        <source>{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。仮登録番号は、入力したメールアドレスにもお送りしました。</source>
        <translation>Vui lòng đến quầy (窓口) của {office} trước {date}. Tại quầy, sau khi xác minh danh tính, kiểm tra nội dung và đăng ký chính thức (本登録), bạn sẽ được cấp số tìm việc (求職番号) và có thể mở My Page ngay tại chỗ. Quá hạn, nội dung đăng ký tạm sẽ bị xóa. Số đăng ký tạm cũng đã được gửi tới địa chỉ e-mail bạn đã nhập.</translation>
    </message>
    <message>
        <source>窓口にお持ちいただくもの</source>
        <translation>Giấy tờ mang theo đến quầy</translation>
    </message>
    <message>
        <source>一時保存した入力を再開する</source>
        <translation>Tiếp tục phần nhập đã lưu tạm</translation>
    </message>
    <message>
        <source>一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、届いたメールの認証キーを入力してください。</source>
        <translation>Nhập địa chỉ e-mail đã dùng khi lưu tạm, bấm &quot;Gửi mã xác thực&quot;, rồi nhập mã xác thực trong e-mail nhận được.</translation>
    </message>
    <message>
        <source>認証キーを送信</source>
        <translation>Gửi mã xác thực</translation>
    </message>
    <message>
        <source>認証キー</source>
        <translation>Mã xác thực (認証キー)</translation>
    </message>
    <message>
        <source>再開する</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。</source>
        <translation>Nếu có phần nhập đã lưu tạm, chúng tôi đã gửi mã xác thực qua e-mail (hiệu lực {minutes} phút). Nếu không nhận được, vui lòng kiểm tra địa chỉ e-mail và cho phép nhận thư từ {sender}.</translation>
    </message>
    <message>
        <source>ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。</source>
        <translation>Trước khi đến Hello Work, bạn có thể nhập nội dung đăng ký tìm việc trên máy tính này (đăng ký tạm - 仮登録). Ghi lại số đăng ký tạm hiển thị sau khi nhập, và đến quầy Hello Work trước hạn hiển thị. Tại quầy, sau khi kiểm tra nội dung, xác minh danh tính và đăng ký chính thức (本登録), bạn sẽ được cấp số tìm việc. Nếu bấm &quot;Lưu tạm&quot; giữa chừng, bạn có thể nhập tiếp sau (hạn lưu sẽ hiển thị khi lưu).</translation>
    </message>
    <message>
        <source>中学校または高等学校に在学中ですか。</source>
        <translation>Bạn có đang học trung học cơ sở hoặc trung học phổ thông không?</translation>
    </message>
    <message>
        <source>在学中である</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>在学中ではない</source>
        <translation>Không đi học</translation>
    </message>
    <message>
        <source>一時保存</source>
        <translation>Lưu tạm</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>次へ進む</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>この内容で仮登録する</source>
        <translation>Đăng ký tạm với nội dung này</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}&#x3000;{title}</source>
        <translation>Bước {n}/{total}&#x3000;{title}</translation>
    </message>
    <message>
        <source>入力内容を確認してください。入力した内容はそのままです。</source>
        <translation>Vui lòng kiểm tra nội dung đã nhập. Nội dung đã nhập vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスとメールで届く認証キーで再開できます。</source>
        <translation>Đã lưu tạm. Được lưu đến ngày {d}/{m}/{y} ({days} ngày kể từ lần lưu cuối). Để nhập tiếp, vào &quot;Đăng ký tìm việc (仮登録)&quot; → &quot;Tiếp tục phần nhập đã lưu tạm&quot;, dùng địa chỉ e-mail và mã xác thực gửi qua e-mail.</translation>
    </message>
    <message>
        <source>一時保存した入力を読み込みました。続きから入力してください。</source>
        <translation>Đã tải phần nhập đã lưu tạm. Vui lòng nhập tiếp.</translation>
    </message>
    <message>
        <source>入力した内容は、一時保存していない分は失われます。終了しますか。</source>
        <translation>Phần chưa lưu tạm sẽ bị mất. Bạn có muốn thoát không?</translation>
    </message>
    <message>
        <source>終了する</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>入力に戻る</source>
        <translation>Quay lại nhập</translation>
    </message>
    <message>
        <source>【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。</source>
        <translation>[Ngừng tuyển] Tin này hiện đã ngừng tuyển. Phiếu tuyển dụng bên dưới là nội dung lúc giới thiệu.</translation>
    </message>
    <message>
        <source>ハローワークからの連絡事項（備考）</source>
        <translation>Lời nhắn từ Hello Work (ghi chú)</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>{occupation}（{company}）</source>
        <translation>{occupation} ({company})</translation>
    </message>
    <message>
        <source>紹介日：{day}&#x3000;紹介番号：{number}&#x3000;紹介元／担当：{source}&#x3000;応募状況：{status}</source>
        <translation>Ngày giới thiệu: {day}&#x3000;Số giới thiệu: {number}&#x3000;Nơi giới thiệu/phụ trách: {source}&#x3000;Tình trạng: {status}</translation>
    </message>
    <message>
        <source>（連絡事項はありません）</source>
        <translation>(Không có lời nhắn)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が変わっても、ここには紹介時点の内容を表示します。</source>
        <translation>Đây là phiếu tuyển dụng tại thời điểm Hello Work giới thiệu ({day}). Dù nội dung tin có thay đổi sau đó, ở đây vẫn hiển thị nội dung lúc giới thiệu.</translation>
    </message>
    <message>
        <source>紹介状</source>
        <translation>Giấy giới thiệu (紹介状)</translation>
    </message>
    <message>
        <source>事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、PDFで保存してご利用ください。</source>
        <translation>Đây là giấy giới thiệu (紹介状) bạn mang đến doanh nghiệp cùng hồ sơ ứng tuyển. Vui lòng in ra mang theo, hoặc lưu PDF để sử dụng.</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。</source>
        <translation>Không in được. Vui lòng kiểm tra nguồn điện và giấy của máy in rồi thử lại.</translation>
    </message>
    <message>
        <source>紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。</source>
        <translation>Đã in giấy giới thiệu. Nếu máy in không ra giấy, vui lòng báo nhân viên tại quầy.</translation>
    </message>
    <message>
        <source>紹介日</source>
        <translation>Ngày giới thiệu</translation>
    </message>
    <message>
        <source>紹介番号</source>
        <translation>Số giới thiệu</translation>
    </message>
    <message>
        <source>応募状況</source>
        <translation>Tình trạng ứng tuyển</translation>
    </message>
    <message>
        <source>紹介元／担当</source>
        <translation>Nơi giới thiệu/phụ trách</translation>
    </message>
    <message>
        <source>紹介された求人</source>
        <translation>Tin được giới thiệu</translation>
    </message>
    <message>
        <source>ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。</source>
        <translation>Chưa có tin được giới thiệu tại Hello Work. Khi bạn nhận giới thiệu tại quầy, tin và giấy giới thiệu (紹介状) sẽ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>紹介状を表示</source>
        <translation>Xem giấy giới thiệu (紹介状)</translation>
    </message>
    <message>
        <source>現在の求人票を見る</source>
        <translation>Xem phiếu tuyển dụng hiện tại</translation>
    </message>
    <message>
        <source>紹介状の内容</source>
        <translation>Nội dung giấy giới thiệu</translation>
    </message>
    <message>
        <source>紹介された求人・紹介状</source>
        <translation>Tin được giới thiệu, giấy giới thiệu (紹介状)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。</source>
        <translation>Đây là các tin Hello Work đã giới thiệu. Chọn một dòng để xem phiếu tuyển dụng lúc giới thiệu và lời nhắn từ Hello Work. Từ &quot;Xem giấy giới thiệu&quot;, bạn có thể in hoặc lưu PDF giấy giới thiệu.</translation>
    </message>
    <message>
        <source>この求人の募集は終了しています。</source>
        <translation>Tin này đã ngừng tuyển.</translation>
    </message>
    <message>
        <source>紹介状を読み込んでいます…</source>
        <translation>Đang tải giấy giới thiệu…</translation>
    </message>
    <message>
        <source>まもなくログアウトします</source>
        <translation>Sắp đăng xuất</translation>
    </message>
    <message>
        <source>操作を続ける</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>ログアウトせずに利用を続けます</source>
        <translation>Tiếp tục sử dụng, không đăng xuất</translation>
    </message>
    <message>
        <source>しばらく操作がありません。あと{n}秒でログアウトします。
続けて利用する場合は「操作を続ける」を押してください。</source>
        <translation>Một lúc không có thao tác. Sẽ đăng xuất sau {n} giây.
Để tiếp tục, vui lòng bấm &quot;Tiếp tục&quot;.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。ヘルプデスクにお問い合わせください。</source>
        <translation>Không hiển thị được màn hình mở My Page. Vui lòng liên hệ bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>操作がないまま時間が経過したため、求職申込み（仮登録）の画面を閉じ、入力した内容を消去しました。</source>
        <translation>Do không có thao tác trong thời gian dài, màn hình đăng ký tìm việc (仮登録) đã đóng và nội dung đã nhập đã bị xóa.</translation>
    </message>
    <message>
        <source>オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が動いていることを確認してください。続く場合はシステム担当者に連絡してください。</source>
        <translation>Không kết nối được máy chủ văn phòng. Vui lòng kiểm tra kết nối mạng và máy chủ (server_url) có đang chạy không. Nếu vẫn lỗi, vui lòng liên hệ người phụ trách hệ thống.</translation>
    </message>
    <message>
        <source>データベースに接続できません（{kind}）。設定（database_url）と、データベースサーバーが起動していることを確認してください。</source>
        <translation>Không kết nối được cơ sở dữ liệu ({kind}). Vui lòng kiểm tra cài đặt (database_url) và máy chủ cơ sở dữ liệu có đang chạy không.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。</source>
        <translation>Không hiển thị được màn hình mở My Page. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。
安全のため、最初の画面に戻りました。

問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、次のお問い合わせ番号をお伝えください。

お問い合わせ番号：{incident}</source>
        <translation>Đã xảy ra lỗi không mong muốn. Xin lỗi vì sự bất tiện.
Để an toàn, đã quay về màn hình đầu.

Nếu vẫn lỗi, vui lòng liên hệ bộ phận hỗ trợ (điện thoại: {helpdesk}) và cho biết mã tra cứu sau.

Mã tra cứu: {incident}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、この画面はありません。送信されたメールが数秒で表示されます。</source>
        <translation>Màn hình này chỉ dành cho demo. Khi sử dụng thực tế, e-mail được gửi tới địa chỉ e-mail của chính người dùng và không có màn hình này. E-mail đã gửi sẽ hiển thị sau vài giây.</translation>
    </message>
    <message>
        <source>受信日時</source>
        <translation>Ngày giờ nhận</translation>
    </message>
    <message>
        <source>宛先</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>受信したメール</source>
        <translation>E-mail đã nhận</translation>
    </message>
    <message>
        <source>メール本文</source>
        <translation>Nội dung e-mail</translation>
    </message>
    <message>
        <source>メールを読み込めません（{reason}）。</source>
        <translation>Không tải được e-mail ({reason}).</translation>
    </message>
    <message>
        <source>{n}通のメール</source>
        <translation>{n} e-mail</translation>
    </message>
    <message>
        <source>差出人：{sender}
宛先：{recipient}
件名：{subject}
受信日時：{at}

</source>
        <translation>Người gửi: {sender}
Người nhận: {recipient}
Tiêu đề: {subject}
Ngày giờ nhận: {at}

</translation>
    </message>
    <message>
        <source>ホーム</source>
        <translation>Trang chủ</translation>
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
        <translation>{title} ({count} chưa đọc)</translation>
    </message>
    <message>
        <source>求職者マイページを起動できません</source>
        <translation>Không khởi động được My Page</translation>
    </message>
    <message>
        <source>起動に必要なモジュールを読み込めません（{error}）。</source>
        <translation>Không tải được mô-đun cần để khởi động ({error}).</translation>
    </message>
    <message>
        <source>マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。続けるには、もう一度パスワードを入力してください。</source>
        <translation>Trong lúc mở My Page, màn hình nhân viên đã quá thời gian không thao tác. Để tiếp tục, vui lòng nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。</source>
        <translation>Đã đổi ID đăng nhập sang {email}. Mã xác thực gửi tới địa chỉ cũ đã vô hiệu và My Page đang đăng nhập đã kết thúc. E-mail thông báo sẽ được gửi tới cả địa chỉ cũ và mới.</translation>
    </message>
    <message>
        <source>ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。</source>
        <translation>Đã đăng ký {email} làm ID đăng nhập. E-mail thông báo sẽ được gửi tới địa chỉ này.</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で確認してください。</source>
        <translation>Mở khóa do nhập sai mật khẩu liên tiếp. Vui lòng xác minh đúng người bằng giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>ロックを解除する</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>ロックを解除しました。ご本人はすぐにログインできます。</source>
        <translation>Đã mở khóa. Người tìm việc có thể đăng nhập ngay.</translation>
    </message>
    <message>
        <source>ロックはされていませんでした（失敗の回数は0に戻しました）。</source>
        <translation>Tài khoản không bị khóa (đã đặt lại số lần thất bại về 0).</translation>
    </message>
    <message>
        <source>認証キーの無効化</source>
        <translation>Vô hiệu hóa mã xác thực (認証キー)</translation>
    </message>
    <message>
        <source>この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？</source>
        <translation>Vô hiệu hóa tất cả mã xác thực chưa dùng đã gửi cho người tìm việc này. Bạn chắc chứ?</translation>
    </message>
    <message>
        <source>無効にする</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>認証キーを{n}件無効にしました。</source>
        <translation>Đã vô hiệu hóa {n} mã xác thực.</translation>
    </message>
    <message>
        <source>無効にする認証キーはありませんでした。</source>
        <translation>Không có mã xác thực nào cần vô hiệu hóa.</translation>
    </message>
    <message>
        <source>パスワード再設定の開始</source>
        <translation>Bắt đầu đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。
ご本人であることを本人確認書類で確認してください。</source>
        <translation>Gửi mã xác thực để đặt lại mật khẩu tới địa chỉ e-mail đã đăng ký. Nhân viên không biết mật khẩu. Người tìm việc tự đặt mật khẩu mới bằng mã xác thực trong e-mail.
Vui lòng xác minh đúng người bằng giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>認証キーを送る</source>
        <translation>Gửi mã xác thực</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の手順で新しいパスワードを設定してもらってください。</source>
        <translation>Đã gửi mã xác thực tới địa chỉ e-mail đã đăng ký (hiệu lực {m} phút). Vui lòng hướng dẫn người tìm việc đặt mật khẩu mới theo các bước trong e-mail.</translation>
    </message>
    <message>
        <source>このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。しばらくしてからやり直してください。</source>
        <translation>Số lần gửi mã xác thực tới địa chỉ này đã đạt giới hạn nên chưa gửi. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>この求職者はマイページを開設していない（または停止中の）ため、パスワードの再設定はできません。</source>
        <translation>Người tìm việc này chưa mở My Page (hoặc đang bị tạm dừng) nên không thể đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>セッションの強制終了</source>
        <translation>Buộc kết thúc phiên</translation>
    </message>
    <message>
        <source>この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に戻ります）。よろしいですか？</source>
        <translation>Kết thúc My Page đang đăng nhập của người tìm việc này (trên mọi máy tính, thao tác tiếp theo sẽ quay về màn hình đăng nhập). Bạn chắc chứ?</translation>
    </message>
    <message>
        <source>終了させる</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>ログイン中のマイページを終了させました（{n}件）。</source>
        <translation>Đã kết thúc My Page đang đăng nhập ({n} phiên).</translation>
    </message>
    <message>
        <source>ログイン中のマイページはありませんでした。</source>
        <translation>Không có My Page nào đang đăng nhập.</translation>
    </message>
    <message>
        <source>{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）</source>
        <translation>Đã cấp giấy giới thiệu cho {name}. Số giới thiệu: {referral} (số ứng tuyển: {application})</translation>
    </message>
    <message>
        <source>求職の有効期限を {date} まで延長しました。</source>
        <translation>Đã gia hạn hiệu lực tìm việc đến {date}.</translation>
    </message>
    <message>
        <source>応募 {number} の応募状況を「{status}」として記録しました。</source>
        <translation>Đã ghi nhận tình trạng đơn {number} là &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>{name} さんのマイページに{what}を送りました。</source>
        <translation>Đã gửi {what} tới My Page của {name}.</translation>
    </message>
    <message>
        <source>応募書類をPDFで保存</source>
        <translation>Lưu hồ sơ ứng tuyển dạng PDF</translation>
    </message>
    <message>
        <source>応募番号または紹介番号</source>
        <translation>Số ứng tuyển hoặc số giới thiệu</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>オンライン自主応募の志望動機と応募書類を確認します。</source>
        <translation>Xem lý do ứng tuyển và hồ sơ của tự ứng tuyển trực tuyến.</translation>
    </message>
    <message>
        <source>応募番号：{number}（{source}、{status}）
応募日：{applied}
求職者：{name}（{seeker}）
求人：{company}&#x3000;{occupation}（{job}）</source>
        <translation>Số ứng tuyển: {number} ({source}, {status})
Ngày ứng tuyển: {applied}
Người tìm việc: {name} ({seeker})
Tin tuyển dụng: {company}&#x3000;{occupation} ({job})</translation>
    </message>
    <message>
        <source>（志望動機はありません）</source>
        <translation>(Không có lý do ứng tuyển)</translation>
    </message>
    <message>
        <source>{kind}：{name} をPDFで保存…</source>
        <translation>Lưu {kind}: {name} dạng PDF…</translation>
    </message>
    <message>
        <source>添付された書類はありません</source>
        <translation>Không có tài liệu đính kèm</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでください。</source>
        <translation>Không lưu được PDF. Vui lòng chọn nơi khác.</translation>
    </message>
    <message>
        <source>保存しました：{path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <source>求職者アカウント</source>
        <translation>Tài khoản người tìm việc</translation>
    </message>
    <message>
        <source>システム</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>管理コマンド</source>
        <translation>Lệnh quản trị</translation>
    </message>
    <message>
        <source>未ログイン</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>データ取込</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>サーバー管理者</source>
        <translation>Quản trị máy chủ</translation>
    </message>
    <message>
        <source>求職者</source>
        <translation>Người tìm việc</translation>
    </message>
    <message>
        <source>ログインアカウント</source>
        <translation>Tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>求職者セッション</source>
        <translation>Phiên người tìm việc</translation>
    </message>
    <message>
        <source>職員セッション</source>
        <translation>Phiên nhân viên</translation>
    </message>
    <message>
        <source>仮登録</source>
        <translation>Đăng ký tạm (仮登録)</translation>
    </message>
    <message>
        <source>応募書類</source>
        <translation>Hồ sơ ứng tuyển</translation>
    </message>
    <message>
        <source>応募（書き出し件数）</source>
        <translation>Ứng tuyển (số mục xuất)</translation>
    </message>
    <message>
        <source>直接リクエスト</source>
        <translation>Yêu cầu trực tiếp (直接リクエスト)</translation>
    </message>
    <message>
        <source>{kind}で検索・{n}件</source>
        <translation>Tìm theo {kind}, {n} kết quả</translation>
    </message>
    <message>
        <source>操作者</source>
        <translation>Người thao tác</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>{name}（職員 {id}）</source>
        <translation>{name} (nhân viên {id})</translation>
    </message>
    <message>
        <source>例: 123</source>
        <translation>Ví dụ: 123</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>〜</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>期間(&amp;P)</source>
        <translation>&amp;Khoảng thời gian</translation>
    </message>
    <message>
        <source>職員(&amp;S)</source>
        <translation>&amp;Nhân viên</translation>
    </message>
    <message>
        <source>求職者ID(&amp;I)</source>
        <translation>&amp;ID người tìm việc</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Thao tác</translation>
    </message>
    <message>
        <source>期間（終了日）</source>
        <translation>Khoảng thời gian (ngày kết thúc)</translation>
    </message>
    <message>
        <source>期間（開始日）</source>
        <translation>Khoảng thời gian (ngày bắt đầu)</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>［無効］</source>
        <translation>[Không hiệu lực]</translation>
    </message>
    <message>
        <source>求職者IDは数字で入力してください（例: 123）。</source>
        <translation>Vui lòng nhập ID người tìm việc bằng chữ số (ví dụ: 123).</translation>
    </message>
    <message>
        <source>条件に合う記録はありません。</source>
        <translation>Không có bản ghi phù hợp điều kiện.</translation>
    </message>
    <message>
        <source>{n}件を表示しています。続きを読み込んでいます…</source>
        <translation>Đang hiện {n} mục. Đang tải tiếp…</translation>
    </message>
    <message>
        <source>{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。</source>
        <translation>Đang hiện {n} mục. Cuộn xuống cuối để tải bản ghi cũ hơn.</translation>
    </message>
    <message>
        <source>{n}件を表示しています（すべて）。</source>
        <translation>Đang hiện {n} mục (tất cả).</translation>
    </message>
    <message>
        <source>パスワードの再入力が取り消されたため、操作は行っていません。</source>
        <translation>Việc nhập lại mật khẩu đã bị hủy nên chưa thực hiện thao tác.</translation>
    </message>
    <message>
        <source>職員コンソール（窓口用）</source>
        <translation>Bảng điều khiển nhân viên (tại quầy)</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>窓口対応</source>
        <translation>Tiếp nhận tại quầy</translation>
    </message>
    <message>
        <source>端末管理</source>
        <translation>Quản lý thiết bị</translation>
    </message>
    <message>
        <source>仮登録の確認</source>
        <translation>Kiểm tra đăng ký tạm (仮登録)</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）…</source>
        <translation>Đăng ký tìm việc (người mới)…</translation>
    </message>
    <message>
        <source>窓口でマイページを開設</source>
        <translation>Mở My Page tại quầy</translation>
    </message>
    <message>
        <source>このパソコンで求職者ご本人にマイページを開設してもらいます。職員の画面は閉じ、ご本人が自分でパスワードを入力します。</source>
        <translation>Để người tìm việc tự mở My Page trên máy tính này. Màn hình nhân viên sẽ đóng và người tìm việc tự nhập mật khẩu.</translation>
    </message>
    <message>
        <source>求職者情報・アカウント</source>
        <translation>Thông tin, tài khoản người tìm việc</translation>
    </message>
    <message>
        <source>応募内容</source>
        <translation>Nội dung ứng tuyển</translation>
    </message>
    <message>
        <source>求職者を選んでください</source>
        <translation>Vui lòng chọn người tìm việc</translation>
    </message>
    <message>
        <source>{name}（{kana}） 求職番号 {number}</source>
        <translation>{name} ({kana}) Số tìm việc {number}</translation>
    </message>
    <message>
        <source>求職登録しました。求職番号: {number}&#x3000;有効期限: {valid}</source>
        <translation>Đã đăng ký tìm việc. Số tìm việc: {number}&#x3000;Hạn hiệu lực: {valid}</translation>
    </message>
    <message>
        <source>ログインID（{email}）も登録しました。ご本人は「ハローワークをご利用中の方のマイページ開設」から開設できます。</source>
        <translation>Đã đăng ký cả ID đăng nhập ({email}). Người tìm việc có thể mở My Page từ &quot;Mở My Page cho người đang sử dụng Hello Work&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>{kind}「{name}」</source>
        <translation>{kind} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>端末ID</source>
        <translation>ID thiết bị</translation>
    </message>
    <message>
        <source>登録日時</source>
        <translation>Ngày giờ đăng ký</translation>
    </message>
    <message>
        <source>最終通信</source>
        <translation>Liên lạc cuối</translation>
    </message>
    <message>
        <source>未通信</source>
        <translation>Chưa liên lạc</translation>
    </message>
    <message>
        <source>取消済み</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>{at} に取り消しました</source>
        <translation>Đã hủy lúc {at}</translation>
    </message>
    <message>
        <source>申請日時</source>
        <translation>Ngày giờ yêu cầu</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。</source>
        <translation>Phê duyệt đăng ký các máy tính kết nối với máy chủ văn phòng (máy dành cho người dùng, máy tại quầy, máy nhân viên) và hủy đăng ký thiết bị không còn dùng. Việc phê duyệt và hủy được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>例: BCDF-GHJK</source>
        <translation>Ví dụ: BCDF-GHJK</translation>
    </message>
    <message>
        <source>登録コード</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <source>承認する</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>承認待ちの申請</source>
        <translation>Yêu cầu chờ phê duyệt</translation>
    </message>
    <message>
        <source>登録済みの端末</source>
        <translation>Thiết bị đã đăng ký</translation>
    </message>
    <message>
        <source>登録を取り消す</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>登録コード(&amp;C)</source>
        <translation>&amp;Mã đăng ký</translation>
    </message>
    <message>
        <source>新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。</source>
        <translation>Nhập mã đăng ký (8 chữ cái) hiển thị trên màn hình máy tính mới rồi bấm &quot;Phê duyệt&quot;. Có thể nhập chữ thường hoặc toàn độ rộng. Thời hạn của mã hiển thị ở &quot;Yêu cầu chờ phê duyệt&quot;.</translation>
    </message>
    <message>
        <source>新しい端末の承認</source>
        <translation>Phê duyệt thiết bị mới</translation>
    </message>
    <message>
        <source>承認を待っている申請はありません。</source>
        <translation>Không có yêu cầu nào chờ phê duyệt.</translation>
    </message>
    <message>
        <source>{n}件の申請が承認を待っています。</source>
        <translation>Có {n} yêu cầu đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>登録コード {code} の端末を承認します。</source>
        <translation>Phê duyệt thiết bị có mã đăng ký {code}.</translation>
    </message>
    <message>
        <source>承認を待っている申請は {device}（申請 {at}）の1件です。</source>
        <translation>Có 1 yêu cầu chờ phê duyệt: {device} (yêu cầu lúc {at}).</translation>
    </message>
    <message>
        <source>承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。</source>
        <translation>Có {n} yêu cầu chờ phê duyệt sau. Yêu cầu nào được phê duyệt tùy theo mã đăng ký.</translation>
    </message>
    <message>
        <source>{device}（申請 {at}）</source>
        <translation>{device} (yêu cầu lúc {at})</translation>
    </message>
    <message>
        <source>承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。</source>
        <translation>Yêu cầu chờ phê duyệt không có trong danh sách. Có thể mã đã hết hạn.</translation>
    </message>
    <message>
        <source>承認すると、その端末は事務所のサーバーに接続して使えるようになります。登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。</source>
        <translation>Sau khi phê duyệt, thiết bị đó có thể kết nối và sử dụng máy chủ văn phòng. Vui lòng kiểm tra mã đăng ký có đúng là mã hiển thị trên màn hình máy tính mới trước mặt bạn không.</translation>
    </message>
    <message>
        <source>端末の承認</source>
        <translation>Phê duyệt thiết bị</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、しばらくお待ちください。</source>
        <translation>Đã phê duyệt {device} (ID thiết bị {uid}). Vui lòng đợi một lúc cho đến khi đăng ký hoàn tất trên thiết bị đó.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消しました。</source>
        <translation>Đã hủy đăng ký {device} (ID thiết bị {uid}).</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）は既に取り消されていました。</source>
        <translation>{device} (ID thiết bị {uid}) đã bị hủy trước đó.</translation>
    </message>
    <message>
        <source>端末の登録の取消</source>
        <translation>Hủy đăng ký thiết bị</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消します。
この端末は次の通信から使えなくなります。もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？</source>
        <translation>Hủy đăng ký {device} (ID thiết bị {uid}).
Thiết bị này sẽ không dùng được từ lần liên lạc tiếp theo. Để dùng lại, cần đăng ký lại trên thiết bị đó và được phê duyệt. Bạn chắc chứ?</translation>
    </message>
    <message>
        <source>取り消す</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>確認した本人確認書類</source>
        <translation>Giấy tờ tùy thân đã kiểm tra</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の登録</source>
        <translation>Đăng ký ID đăng nhập (địa chỉ e-mail)</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の変更</source>
        <translation>Đổi ID đăng nhập (địa chỉ e-mail)</translation>
    </message>
    <message>
        <source>ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。</source>
        <translation>Sau khi xác minh đúng người bằng giấy tờ tùy thân, vui lòng nhập địa chỉ e-mail mới.</translation>
    </message>
    <message>
        <source>変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページはログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。</source>
        <translation>Khi thay đổi, mã xác thực gửi tới địa chỉ cũ sẽ vô hiệu và My Page đang đăng nhập sẽ bị đăng xuất. E-mail thông báo sẽ được gửi tới cả địa chỉ cũ và mới.</translation>
    </message>
    <message>
        <source>登録したアドレスにお知らせのメールが届きます。</source>
        <translation>E-mail thông báo sẽ được gửi tới địa chỉ đã đăng ký.</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>（未登録）</source>
        <translation>(Chưa đăng ký)</translation>
    </message>
    <message>
        <source>新しいメールアドレス</source>
        <translation>Địa chỉ e-mail mới</translation>
    </message>
    <message>
        <source>現在のメールアドレス</source>
        <translation>Địa chỉ e-mail hiện tại</translation>
    </message>
    <message>
        <source>（必須）</source>
        <translation>(Bắt buộc)</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(Vui lòng chọn)</translation>
    </message>
    <message>
        <source>Delete キーで「{empty}」に戻ります。</source>
        <translation>Nhấn phím Delete để trở về &quot;{empty}&quot;.</translation>
    </message>
    <message>
        <source>{n}／{max}文字</source>
        <translation>{n}/{max} ký tự</translation>
    </message>
    <message>
        <source>求職者のマイページに「ハローワークからのお知らせ」を送ります。「おすすめ求人」では求人番号の求人票へのリンクが付きます。</source>
        <translation>Gửi &quot;Thông báo từ Hello Work&quot; tới My Page của người tìm việc. Với &quot;Tin đề xuất&quot;, sẽ kèm liên kết tới phiếu tuyển dụng của số tin.</translation>
    </message>
    <message>
        <source>種別(&amp;K)</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>求人番号(&amp;J)</source>
        <translation>&amp;Số tin tuyển dụng</translation>
    </message>
    <message>
        <source>「おすすめ求人」のときは必須です</source>
        <translation>Bắt buộc với &quot;Tin đề xuất&quot;</translation>
    </message>
    <message>
        <source>件名(&amp;T)</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>{max}文字以内</source>
        <translation>Tối đa {max} ký tự</translation>
    </message>
    <message>
        <source>本文(&amp;B)</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>文字だけ（書式なし）、改行できます</source>
        <translation>Chỉ văn bản (không định dạng), có thể xuống dòng</translation>
    </message>
    <message>
        <source>求人番号を入力してください。</source>
        <translation>Vui lòng nhập số tin tuyển dụng.</translation>
    </message>
    <message>
        <source>紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。</source>
        <translation>Vui lòng nhập số tin tuyển dụng (求人番号) của tin giới thiệu. Ghi chú sẽ được in trên giấy giới thiệu.</translation>
    </message>
    <message>
        <source>紹介状を発行</source>
        <translation>Cấp giấy giới thiệu (紹介状)</translation>
    </message>
    <message>
        <source>5桁-8桁の数字</source>
        <translation>Số dạng 5 số-8 số</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>本人確認書類を確認してから入力してください。ログイン用メールアドレスは、マイページを使う方だけ入力します。</source>
        <translation>Vui lòng nhập sau khi kiểm tra giấy tờ tùy thân. Chỉ nhập e-mail đăng nhập cho người sẽ dùng My Page.</translation>
    </message>
    <message>
        <source>例: 山形 太郎</source>
        <translation>Ví dụ: 山形 太郎</translation>
    </message>
    <message>
        <source>例: ヤマガタ タロウ</source>
        <translation>Ví dụ: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>生年月日（年）</source>
        <translation>Ngày sinh (năm)</translation>
    </message>
    <message>
        <source>生年月日（月）</source>
        <translation>Ngày sinh (tháng)</translation>
    </message>
    <message>
        <source>生年月日（日）</source>
        <translation>Ngày sinh (ngày)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>月</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>日</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>例: 023-000-0000</source>
        <translation>Ví dụ: 023-000-0000</translation>
    </message>
    <message>
        <source>例: 一般事務</source>
        <translation>Ví dụ: 一般事務</translation>
    </message>
    <message>
        <source>例: 山形市内</source>
        <translation>Ví dụ: 山形市内</translation>
    </message>
    <message>
        <source>例: 月給18万円以上</source>
        <translation>Ví dụ: 月給18万円以上</translation>
    </message>
    <message>
        <source>本人の情報</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>氏名(&amp;M)</source>
        <translation>&amp;Họ tên</translation>
    </message>
    <message>
        <source>フリガナ(&amp;F)</source>
        <translation>&amp;Furigana</translation>
    </message>
    <message>
        <source>全角カタカナ（ひらがな・半角カナは自動で直します）</source>
        <translation>Katakana toàn độ rộng (hiragana, kana nửa độ rộng sẽ tự chuyển)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>&amp;Ngày sinh</translation>
    </message>
    <message>
        <source>西暦・半角数字</source>
        <translation>Dương lịch, số nửa độ rộng</translation>
    </message>
    <message>
        <source>電話番号(&amp;T)</source>
        <translation>Số điện &amp;thoại</translation>
    </message>
    <message>
        <source>半角数字とハイフン</source>
        <translation>Chữ số nửa độ rộng và gạch nối</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <translation>Địa &amp;chỉ</translation>
    </message>
    <message>
        <source>ログイン用メールアドレス(&amp;E)</source>
        <translation>&amp;E-mail đăng nhập</translation>
    </message>
    <message>
        <source>マイページを使う場合のみ（半角英数字100文字以内）</source>
        <translation>Chỉ khi dùng My Page (tối đa 100 ký tự chữ số nửa độ rộng)</translation>
    </message>
    <message>
        <source>求職の申込み</source>
        <translation>Đăng ký tìm việc</translation>
    </message>
    <message>
        <source>求職申込日(&amp;D)</source>
        <translation>Ngày đăng &amp;ký tìm việc</translation>
    </message>
    <message>
        <source>希望職種(&amp;O)</source>
        <translation>Nghề mong m&amp;uốn</translation>
    </message>
    <message>
        <source>希望勤務地(&amp;L)</source>
        <translation>Nơi &amp;làm việc mong muốn</translation>
    </message>
    <message>
        <source>希望賃金(&amp;W)</source>
        <translation>&amp;Mức lương mong muốn</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Xác minh danh tính</translation>
    </message>
    <message>
        <source>確認した本人確認書類(&amp;I)</source>
        <translation>&amp;Giấy tờ tùy thân đã kiểm tra</translation>
    </message>
    <message>
        <source>求職申込日に未来の日付は指定できません。</source>
        <translation>Không thể chọn ngày đăng ký tìm việc trong tương lai.</translation>
    </message>
    <message>
        <source>事業所から連絡のあった応募状況を記録します。「面接予定」のときは面接の日時と場所も入力してください。</source>
        <translation>Ghi nhận tình trạng ứng tuyển do doanh nghiệp báo. Với &quot;Có lịch phỏng vấn&quot;, vui lòng nhập cả ngày giờ và địa điểm phỏng vấn.</translation>
    </message>
    <message>
        <source>応募状況を記録</source>
        <translation>Ghi nhận tình trạng ứng tuyển</translation>
    </message>
    <message>
        <source>未入力</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>面接の時刻</source>
        <translation>Giờ phỏng vấn</translation>
    </message>
    <message>
        <source>応募番号(&amp;A)</source>
        <translation>&amp;Số ứng tuyển</translation>
    </message>
    <message>
        <source>新しい応募状況(&amp;S)</source>
        <translation>&amp;Tình trạng ứng tuyển mới</translation>
    </message>
    <message>
        <source>面接日時(&amp;D)</source>
        <translation>&amp;Ngày giờ phỏng vấn</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です</source>
        <translation>Bắt buộc với &quot;Có lịch phỏng vấn&quot;</translation>
    </message>
    <message>
        <source>面接場所(&amp;P)</source>
        <translation>Địa điểm &amp;phỏng vấn</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です（{max}文字以内）</source>
        <translation>Bắt buộc với &quot;Có lịch phỏng vấn&quot; (tối đa {max} ký tự)</translation>
    </message>
    <message>
        <source>応募番号または紹介番号を入力してください。</source>
        <translation>Vui lòng nhập số ứng tuyển hoặc số giới thiệu.</translation>
    </message>
    <message>
        <source>新しい応募状況を選んでください。</source>
        <translation>Vui lòng chọn tình trạng ứng tuyển mới.</translation>
    </message>
    <message>
        <source>生年月日（西暦）</source>
        <translation>Ngày sinh (dương lịch)</translation>
    </message>
    <message>
        <source>フリガナ＋生年月日</source>
        <translation>Furigana + ngày sinh</translation>
    </message>
    <message>
        <source>ID未登録</source>
        <translation>Chưa có ID</translation>
    </message>
    <message>
        <source>ロック中</source>
        <translation>Đang khóa</translation>
    </message>
    <message>
        <source>該当する求職者はいません。</source>
        <translation>Không có người tìm việc phù hợp.</translation>
    </message>
    <message>
        <source>ご本人による変更はありません。</source>
        <translation>Không có thay đổi nào do người tìm việc tự thực hiện.</translation>
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
        <translation>Lịch sử tự thay đổi của người tìm việc</translation>
    </message>
    <message>
        <source>または フリガナ</source>
        <translation>hoặc furigana</translation>
    </message>
    <message>
        <source>仮登録を選んでください</source>
        <translation>Vui lòng chọn đăng ký tạm</translation>
    </message>
    <message>
        <source>免許・資格・自己PR</source>
        <translation>Bằng lái, bằng cấp, giới thiệu bản thân</translation>
    </message>
    <message>
        <source>修正を保存</source>
        <translation>Lưu chỉnh sửa</translation>
    </message>
    <message>
        <source>本人確認のうえ本登録する</source>
        <translation>Xác minh danh tính và đăng ký chính thức (本登録)</translation>
    </message>
    <message>
        <source>{n}件見つかりました。</source>
        <translation>Tìm thấy {n} mục.</translation>
    </message>
    <message>
        <source>該当する仮登録はありません。</source>
        <translation>Không có đăng ký tạm phù hợp.</translation>
    </message>
    <message>
        <source>仮登録番号 {number}&#x3000;{status}&#x3000;{name}（{kana}）</source>
        <translation>Số đăng ký tạm {number}&#x3000;{status}&#x3000;{name} ({kana})</translation>
    </message>
    <message>
        <source>求職番号 {number}</source>
        <translation>Số tìm việc {number}</translation>
    </message>
    <message>
        <source>修正を保存しました。</source>
        <translation>Đã lưu chỉnh sửa.</translation>
    </message>
    <message>
        <source>本登録しました。求職番号: {number}&#x3000;ログインID（{email}）も登録しました。ご本人がこの場で「窓口でマイページを開設」から開設できます。</source>
        <translation>Đã đăng ký chính thức. Số tìm việc: {number}&#x3000;Đã đăng ký cả ID đăng nhập ({email}). Người tìm việc có thể mở My Page ngay tại chỗ từ &quot;Mở My Page tại quầy&quot;.</translation>
    </message>
    <message>
        <source>パスワードの再入力</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。</source>
        <translation>Trước thao tác này, để xác minh, vui lòng nhập lại mật khẩu của {name}.</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）</source>
        <translation>Đăng ký tìm việc (người mới)</translation>
    </message>
    <message>
        <source>マイページ</source>
        <translation>My Page</translation>
    </message>
    <message>
        <source>停止中</source>
        <translation>Đang tạm dừng</translation>
    </message>
    <message>
        <source>開設済み</source>
        <translation>Đã mở</translation>
    </message>
    <message>
        <source>失敗{n}回</source>
        <translation>Thất bại {n} lần</translation>
    </message>
    <message>
        <source>求職者ID（監査ログ用）</source>
        <translation>ID người tìm việc (cho nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>希望（職種・勤務地・賃金）</source>
        <translation>Mong muốn (nghề, nơi làm, lương)</translation>
    </message>
    <message>
        <source>本人による最後の変更</source>
        <translation>Lần tự thay đổi cuối của người tìm việc</translation>
    </message>
    <message>
        <source>ログインID</source>
        <translation>ID đăng nhập</translation>
    </message>
    <message>
        <source>ログインのロック</source>
        <translation>Khóa đăng nhập</translation>
    </message>
    <message>
        <source>ログイン中</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <source>提供する（{at} 同意）</source>
        <translation>Cung cấp (đồng ý {at})</translation>
    </message>
    <message>
        <source>提供しない（{at} 同意取り消し）</source>
        <translation>Không cung cấp (hủy đồng ý {at})</translation>
    </message>
    <message>
        <source>提供しない（同意なし）</source>
        <translation>Không cung cấp (chưa đồng ý)</translation>
    </message>
    <message>
        <source>{at}（{items}）</source>
        <translation>{at} ({items})</translation>
    </message>
    <message>
        <source>左の検索結果から求職者を選んでください。</source>
        <translation>Vui lòng chọn người tìm việc từ kết quả tìm kiếm bên trái.</translation>
    </message>
    <message>
        <source>マイページのアカウント</source>
        <translation>Tài khoản My Page</translation>
    </message>
    <message>
        <source>メールアドレス変更…</source>
        <translation>Đổi địa chỉ e-mail…</translation>
    </message>
    <message>
        <source>アカウントのロック解除…</source>
        <translation>Mở khóa tài khoản…</translation>
    </message>
    <message>
        <source>パスワード再設定の開始…</source>
        <translation>Bắt đầu đặt lại mật khẩu…</translation>
    </message>
    <message>
        <source>本人による変更履歴…</source>
        <translation>Lịch sử tự thay đổi của người tìm việc…</translation>
    </message>
    <message>
        <source>ロック中（失敗{n}回）</source>
        <translation>Đang khóa (thất bại {n} lần)</translation>
    </message>
    <message>
        <source>なし（失敗{n}回）</source>
        <translation>Không (thất bại {n} lần)</translation>
    </message>
    <message>
        <source>有効な認証キーあり</source>
        <translation>Có mã xác thực còn hiệu lực</translation>
    </message>
    <message>
        <source>はい（ログイン中）</source>
        <translation>Có (đang đăng nhập)</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>公開中（事業所が匿名で閲覧できます）</source>
        <translation>Đang công khai (doanh nghiệp xem ẩn danh được)</translation>
    </message>
    <message>
        <source>メールアドレス登録…</source>
        <translation>Đăng ký địa chỉ e-mail…</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>ハイコントラスト</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>表示</source>
        <comment>配色</comment>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <source>{kind}（任意）</source>
        <translation>{kind} (không bắt buộc)</translation>
    </message>
    <message>
        <source>PDFを選ぶ…</source>
        <translation>Chọn PDF…</translation>
    </message>
    <message>
        <source>{kind}のPDFを選ぶ</source>
        <translation>Chọn PDF {kind}</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>{kind}を外す</source>
        <translation>Bỏ {kind}</translation>
    </message>
    <message>
        <source>作成する…</source>
        <translation>Tạo…</translation>
    </message>
    <message>
        <source>{kind}を作成する</source>
        <translation>Tạo {kind}</translation>
    </message>
    <message>
        <source>登録されている情報から{kind}を作成して添付します</source>
        <translation>Tạo {kind} từ thông tin đã đăng ký và đính kèm</translation>
    </message>
    <message>
        <source>ファイルを読み込めませんでした。別のファイルを選んでください。</source>
        <translation>Không đọc được tệp. Vui lòng chọn tệp khác.</translation>
    </message>
    <message>
        <source>PDFファイル (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>入力エラー</source>
        <translation>Lỗi nhập</translation>
    </message>
    <message>
        <source>受付年月日</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>紹介期限日</source>
        <translation>Hạn giới thiệu</translation>
    </message>
    <message>
        <source>仕事の内容</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>就業時間</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>休日</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>オンライン自主応募の可否</source>
        <translation>Có nhận tự ứng tuyển trực tuyến</translation>
    </message>
    <message>
        <source>求人者マイページの有無</source>
        <translation>Có My Page cho nhà tuyển dụng</translation>
    </message>
    <message>
        <source>可（このマイページから応募できます）</source>
        <translation>Có (ứng tuyển được từ My Page này)</translation>
    </message>
    <message>
        <source>不可（ハローワークの紹介が必要です）</source>
        <translation>Không (cần giới thiệu của Hello Work)</translation>
    </message>
    <message>
        <source>あり（応募後にメッセージでやりとりできます）</source>
        <translation>Có (nhắn tin được sau khi ứng tuyển)</translation>
    </message>
    <message>
        <source>このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、ハローワークが用意した保存用フォルダーだけです。
保存用フォルダーに保存したファイルは、ログアウトすると削除されます。持ち帰るときは USB メモリに保存するか、印刷してください。</source>
        <translation>Máy tính này dùng chung nên chỉ lưu được vào thiết bị lưu trữ tháo rời như USB và thư mục lưu do Hello Work chuẩn bị.
Tệp lưu trong thư mục lưu sẽ bị xóa khi đăng xuất. Để mang về, vui lòng lưu vào USB hoặc in ra.</translation>
    </message>
    <message>
        <source>保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。印刷はいつでもできます。</source>
        <translation>Không có nơi lưu. Vui lòng cắm USB rồi bấm &quot;Làm mới nơi lưu&quot;. Bạn luôn có thể in.</translation>
    </message>
    <message>
        <source>USB メモリなど：{name}（{folder}）</source>
        <translation>USB, v.v.: {name} ({folder})</translation>
    </message>
    <message>
        <source>ハローワークの保存用フォルダー（ログアウトすると削除されます）</source>
        <translation>Thư mục lưu của Hello Work (bị xóa khi đăng xuất)</translation>
    </message>
    <message>
        <source>ファイル名：{name}</source>
        <translation>Tên tệp: {name}</translation>
    </message>
    <message>
        <source>保存先</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <source>場所を更新</source>
        <translation>Làm mới nơi lưu</translation>
    </message>
    <message>
        <source>保存する</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>この場所には保存できません。別の場所を選んでください。</source>
        <translation>Không lưu được vào nơi này. Vui lòng chọn nơi khác.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで開かれています。別の場所か別の名前を選んでください。</source>
        <translation>Không lưu được PDF. Không thể lưu vào nơi này, hoặc tệp cùng tên đang mở trong ứng dụng khác. Vui lòng chọn nơi khác hoặc tên khác.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。</source>
        <translation>Không lưu được PDF. Nơi lưu không đủ dung lượng trống. Vui lòng chọn nơi khác.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。</source>
        <translation>Không lưu được PDF. Không tìm thấy thư mục lưu. Vui lòng chọn nơi khác.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでもう一度お試しください。</source>
        <translation>Không lưu được PDF. Vui lòng chọn nơi khác rồi thử lại.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように入力してください。</source>
        <translation>Vui lòng nhập năm tháng theo dương lịch, ví dụ &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>始め（年月）</source>
        <translation>Bắt đầu (năm tháng)</translation>
    </message>
    <message>
        <source>終わり（年月）</source>
        <translation>Kết thúc (năm tháng)</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>始め</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>終わり</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>{n}行目の</source>
        <translation>Dòng {n}: </translation>
    </message>
    <message>
        <source>{n}行目を削除</source>
        <translation>Xóa dòng {n}</translation>
    </message>
    <message>
        <source>学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。</source>
        <translation>Vui lòng nhập quá trình học tập và làm việc theo thứ tự từ cũ đến mới (mỗi mục tối đa {max} dòng).</translation>
    </message>
    <message>
        <source>学校名・学部・学科、卒業・中退など</source>
        <translation>Tên trường, khoa, ngành, tốt nghiệp/bỏ học, v.v.</translation>
    </message>
    <message>
        <source>在学中の場合、終わりは空欄にしてください。</source>
        <translation>Nếu đang đi học, để trống phần kết thúc.</translation>
    </message>
    <message>
        <source>会社名・仕事の内容</source>
        <translation>Tên công ty, nội dung công việc</translation>
    </message>
    <message>
        <source>現在お勤めの場合、終わりは空欄にしてください。</source>
        <translation>Nếu đang làm việc, để trống phần kết thúc.</translation>
    </message>
    <message>
        <source>ご本人の情報を入力してください。</source>
        <translation>Vui lòng nhập thông tin của bạn.</translation>
    </message>
    <message>
        <source>例: 山形 太郎（姓と名の間に空白）</source>
        <translation>Ví dụ: 山形 太郎 (có dấu cách giữa họ và tên)</translation>
    </message>
    <message>
        <source>カタカナ（ひらがなでも入力できます）&#x3000;例: ヤマガタ タロウ</source>
        <translation>Katakana (nhập hiragana cũng được)&#x3000;Ví dụ: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>半角数字、西暦で入力してください</source>
        <translation>Vui lòng nhập số nửa độ rộng, theo dương lịch</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>選択しない</source>
        <translation>Không chọn</translation>
    </message>
    <message>
        <source>連絡先を入力してください。</source>
        <translation>Vui lòng nhập thông tin liên lạc.</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください</source>
        <translation>Vui lòng nhập đến số nhà, tên tòa nhà, số phòng</translation>
    </message>
    <message>
        <source>仮登録番号のお知らせと、一時保存した入力の再開に使います</source>
        <translation>Dùng để gửi số đăng ký tạm và để tiếp tục phần nhập đã lưu tạm</translation>
    </message>
    <message>
        <source>希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Vui lòng nhập điều kiện công việc mong muốn. Bạn cũng có thể vừa trao đổi tại quầy vừa thay đổi.</translation>
    </message>
    <message>
        <source>例: 8:30〜17:30、午前のみ</source>
        <translation>Ví dụ: 8:30–17:30, chỉ buổi sáng</translation>
    </message>
    <message>
        <source>1行に1つ&#x3000;例: 普通自動車第一種運転免許（{max}文字以内）</source>
        <translation>Mỗi dòng 1 mục&#x3000;Ví dụ: 普通自動車第一種運転免許 (tối đa {max} ký tự)</translation>
    </message>
    <message>
        <source>障害に関する情報</source>
        <translation>Thông tin khuyết tật</translation>
    </message>
    <message>
        <source>入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください（窓口でご相談いただくこともできます）。</source>
        <translation>Không bắt buộc. Không nhập vẫn đăng ký tạm được. Nếu cần được hỗ trợ đặc biệt, vui lòng ghi vào đây (cũng có thể trao đổi tại quầy).</translation>
    </message>
    <message>
        <source>（任意）</source>
        <translation>(Không bắt buộc)</translation>
    </message>
    <message>
        <source>紹介状をPDFで保存</source>
        <translation>Lưu giấy giới thiệu dạng PDF</translation>
    </message>
    <message>
        <source>紹介状を印刷</source>
        <translation>In giấy giới thiệu</translation>
    </message>
    <message>
        <source>{name}を表示</source>
        <translation>Xem {name}</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>Khi dùng máy tính tại Hello Work, sau khi sử dụng nhất định phải &quot;Đăng xuất&quot;.</translation>
    </message>
    <message>
        <source>【！重要！】</source>
        <translation>[! QUAN TRỌNG !]</translation>
    </message>
    <message>
        <source>{office}&#x3000;操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）</source>
        <translation>{office}&#x3000;Hỏi về cách sử dụng: bộ phận hỗ trợ (điện thoại: {helpdesk})</translation>
    </message>
    <message>
        <source>求職者マイページ利用者マニュアル</source>
        <translation>Hướng dẫn sử dụng My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>マニュアルを表示できません。操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。</source>
        <translation>Không hiển thị được hướng dẫn sử dụng. Bộ phận hỗ trợ (điện thoại: {helpdesk}) sẽ hướng dẫn cách sử dụng.</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}</source>
        <translation>Bước {n}/{total}</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>ただいま処理を受け付けることができません。入力した内容はそのままです。しばらく待ってから、もう一度お試しください。</source>
        <translation>Hiện không thể tiếp nhận xử lý. Nội dung đã nhập vẫn được giữ nguyên. Vui lòng đợi một lúc rồi thử lại.</translation>
    </message>
    <message>
        <source>ステップ1</source>
        <translation>Bước 1</translation>
    </message>
    <message>
        <source>マイページ利用規約等の同意</source>
        <translation>Đồng ý điều khoản sử dụng My Page, v.v.</translation>
    </message>
    <message>
        <source>ステップ2</source>
        <translation>Bước 2</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード登録申込）</source>
        <translation>Nhập địa chỉ e-mail (yêu cầu đăng ký mật khẩu)</translation>
    </message>
    <message>
        <source>メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが届きます。</source>
        <translation>Khi nhập địa chỉ e-mail, bạn sẽ nhận e-mail &quot;Thông báo tiếp nhận yêu cầu đăng ký mật khẩu&quot; tại địa chỉ đó.</translation>
    </message>
    <message>
        <source>ステップ3</source>
        <translation>Bước 3</translation>
    </message>
    <message>
        <source>パスワードの登録</source>
        <translation>Đăng ký mật khẩu</translation>
    </message>
    <message>
        <source>パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。</source>
        <translation>Nhập mật khẩu và &quot;mã xác thực (認証キー)&quot; ghi trong e-mail thông báo tiếp nhận yêu cầu đăng ký mật khẩu.</translation>
    </message>
    <message>
        <source>（メール配信から{minutes}分以内）</source>
        <translation>(trong vòng {minutes} phút kể từ khi gửi e-mail)</translation>
    </message>
    <message>
        <source>ステップ4</source>
        <translation>Bước 4</translation>
    </message>
    <message>
        <source>求職者マイページアカウント登録完了、求職者マイページの開設</source>
        <translation>Hoàn tất đăng ký tài khoản, mở My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>求職者マイページの各種メニューをご利用いただけるようになります。</source>
        <translation>Bạn có thể sử dụng các menu của My Page.</translation>
    </message>
    <message>
        <source>求職者マイページ利用規約確認</source>
        <translation>Xem điều khoản sử dụng My Page</translation>
    </message>
    <message>
        <source>このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを完了している方が、求職者マイページを開設するためのページです。</source>
        <translation>Trang này dành cho người đã hoàn tất thủ tục đăng ký tìm việc và đăng ký tài khoản (địa chỉ e-mail) tại quầy (窓口) của Hello Work, để mở My Page (求職者マイページ).</translation>
    </message>
    <message>
        <source>●求職者マイページ開設手順</source>
        <translation>● Các bước mở My Page</translation>
    </message>
    <message>
        <source>マイページ利用規約等の確認・同意</source>
        <translation>Xem và đồng ý điều khoản sử dụng My Page, v.v.</translation>
    </message>
    <message>
        <source>プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。</source>
        <translation>Vui lòng xem Chính sách bảo mật và Điều khoản sử dụng My Page, rồi bấm nút &quot;Tiếp&quot;.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意します。</source>
        <translation>Tôi đồng ý với &quot;Chính sách bảo mật&quot; và &quot;Điều khoản sử dụng My Page&quot;.</translation>
    </message>
    <message>
        <source>必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。
それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。</source>
        <translation>Vui lòng đọc kỹ &quot;Chính sách bảo mật&quot; và &quot;Điều khoản sử dụng My Page&quot;.
Sau khi xem hết từng văn bản, bạn có thể đánh dấu &quot;Tôi đồng ý&quot;.</translation>
    </message>
    <message>
        <source>まだ最後までご覧いただいていない文書：{titles}</source>
        <translation>Văn bản chưa xem hết: {titles}</translation>
    </message>
    <message>
        <source>同意いただきました。「次へ進む」ボタンをクリックしてください。</source>
        <translation>Bạn đã đồng ý. Vui lòng bấm nút &quot;Tiếp&quot;.</translation>
    </message>
    <message>
        <source>両方の文書を最後までご確認いただきました。「同意します」にチェックできます。</source>
        <translation>Bạn đã xem hết cả hai văn bản. Có thể đánh dấu &quot;Tôi đồng ý&quot;.</translation>
    </message>
    <message>
        <source>パスワード再設定完了</source>
        <translation>Hoàn tất đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>パスワード登録完了</source>
        <translation>Hoàn tất đăng ký mật khẩu</translation>
    </message>
    <message>
        <source>パスワードの再設定が完了しました</source>
        <translation>Đã hoàn tất đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードでログインしてください。</source>
        <translation>Bấm nút &quot;Đến màn hình đăng nhập&quot; và đăng nhập bằng địa chỉ e-mail đã đăng ký và mật khẩu mới.</translation>
    </message>
    <message>
        <source>安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。</source>
        <translation>Để an toàn, tất cả phiên đăng nhập trên máy tính khác, v.v. đã được đăng xuất.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。</source>
        <translation>Đã gửi e-mail &quot;Thông báo đặt lại mật khẩu&quot; tới địa chỉ e-mail đã đăng ký.</translation>
    </message>
    <message>
        <source>マイページ開設完了</source>
        <translation>Hoàn tất mở My Page</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、各種サービスをご利用ください。</source>
        <translation>Bấm nút &quot;Đến màn hình đăng nhập&quot;, đăng nhập bằng địa chỉ e-mail và mật khẩu đã đăng ký, rồi sử dụng các dịch vụ.</translation>
    </message>
    <message>
        <source>求職者マイページの開設が完了し、求職者マイページの各種メニューをご利用いただけるようになりました。</source>
        <translation>Đã hoàn tất mở My Page (求職者マイページ). Bạn có thể sử dụng các menu của My Page.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。</source>
        <translation>Đã gửi e-mail &quot;Thông báo hoàn tất đăng ký mật khẩu&quot; tới địa chỉ e-mail đã đăng ký.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。</source>
        <translation>Chữ cái, chữ số, ký hiệu toàn độ rộng trong mật khẩu đã nhập đã được chuyển sang nửa độ rộng khi đăng ký. Khi đăng nhập, vui lòng nhập nửa độ rộng (nhập toàn độ rộng cũng được coi là cùng mật khẩu).</translation>
    </message>
    <message>
        <source>【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>[! QUAN TRỌNG !] Khi dùng máy tính tại Hello Work, sau khi sử dụng nhất định phải &quot;Đăng xuất&quot;.</translation>
    </message>
    <message>
        <source>※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください（下のボタンで開きます）。</source>
        <translation>※ Cách sử dụng My Page: xem &quot;Hướng dẫn sử dụng My Page&quot; (mở bằng nút bên dưới).</translation>
    </message>
    <message>
        <source>利用者マニュアルを開く</source>
        <translation>Mở hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>ヘルプデスク(電話：{number})でも操作方法をご案内しております。</source>
        <translation>Bộ phận hỗ trợ (điện thoại: {number}) cũng hướng dẫn cách sử dụng.</translation>
    </message>
    <message>
        <source>※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。</source>
        <translation>※ Nếu quên địa chỉ e-mail đã đăng ký, vui lòng mang giấy tờ tùy thân đến quầy.</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード再設定申込）</source>
        <translation>Nhập địa chỉ e-mail (yêu cầu đặt lại mật khẩu)</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。</source>
        <translation>Vui lòng nhập địa chỉ e-mail và ngày sinh đã đăng ký tại quầy (窓口) của Hello Work.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。</source>
        <translation>Chúng tôi sẽ gửi e-mail &quot;Thông báo tiếp nhận yêu cầu đặt lại mật khẩu&quot; tới địa chỉ e-mail bạn đã nhập.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。</source>
        <translation>Chúng tôi sẽ gửi e-mail &quot;Thông báo tiếp nhận yêu cầu đăng ký mật khẩu&quot; tới địa chỉ e-mail bạn đã nhập.</translation>
    </message>
    <message>
        <source>メール受信制限をされている方は{sender}からのメール受信を許可してください。</source>
        <translation>Nếu bạn có giới hạn nhận e-mail, vui lòng cho phép nhận thư từ {sender}.</translation>
    </message>
    <message>
        <source>半角英数字100文字以内</source>
        <translation>Tối đa 100 ký tự chữ số nửa độ rộng</translation>
    </message>
    <message>
        <source>半角数字 西暦で入力してください</source>
        <translation>Vui lòng nhập số nửa độ rộng, theo dương lịch</translation>
    </message>
    <message>
        <source>※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。</source>
        <translation>※ E-mail có ghi &quot;mã xác thực (認証キー)&quot; sẽ được gửi tới địa chỉ e-mail đã nhập.</translation>
    </message>
    <message>
        <source>（{version}版）</source>
        <translation>(bản {version})</translation>
    </message>
    <message>
        <source>最後まで確認済み</source>
        <translation>Đã xem hết</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Chưa xem</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>求職者マイページの開設</source>
        <translation>Mở My Page (求職者マイページ)</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>ログイン画面へ進む</source>
        <translation>Đến màn hình đăng nhập</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。パスワードの再設定を中止しますか？</source>
        <translation>Nội dung đã nhập sẽ bị hủy. Dừng đặt lại mật khẩu?</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。求職者マイページの開設を中止しますか？</source>
        <translation>Nội dung đã nhập sẽ bị hủy. Dừng mở My Page?</translation>
    </message>
    <message>
        <source>中止する</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>新しいパスワードの登録</source>
        <translation>Đăng ký mật khẩu mới</translation>
    </message>
    <message>
        <source>パスワード再設定申込受付通知</source>
        <translation>Thông báo tiếp nhận yêu cầu đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>パスワード登録申込受付通知</source>
        <translation>Thông báo tiếp nhận yêu cầu đăng ký mật khẩu</translation>
    </message>
    <message>
        <source>パスワード再設定申込を受け付けました。</source>
        <translation>Đã tiếp nhận yêu cầu đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>パスワード登録申込を受け付けました。</source>
        <translation>Đã tiếp nhận yêu cầu đăng ký mật khẩu.</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に「{mail}」メールをお送りしました。</source>
        <translation>Nếu địa chỉ e-mail và ngày sinh khớp với thông tin đã đăng ký tại quầy Hello Work, e-mail &quot;{mail}&quot; đã được gửi tới địa chỉ đó.</translation>
    </message>
    <message>
        <source>メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、「完了」ボタンをクリックしてください。</source>
        <translation>Sau khi xem &quot;mã xác thực&quot; ghi trong e-mail, vui lòng nhập mật khẩu và mã xác thực rồi bấm nút &quot;Hoàn tất&quot;.</translation>
    </message>
    <message>
        <source>登録するパスワード</source>
        <translation>Mật khẩu đăng ký</translation>
    </message>
    <message>
        <source>登録するパスワード（確認用）</source>
        <translation>Mật khẩu đăng ký (xác nhận)</translation>
    </message>
    <message>
        <source>はじめからやり直す</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）</source>
        <translation>Mã xác thực: mã ghi trong e-mail &quot;{mail}&quot; (hiệu lực {minutes} phút kể từ khi gửi e-mail)</translation>
    </message>
    <message>
        <source>しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。メール受信制限をしている方は、{sender} からのメール受信を許可し、はじめから{what}をやり直してください。</source>
        <translation>Nếu đợi một lúc vẫn không nhận được e-mail, vui lòng kiểm tra địa chỉ e-mail có đúng không. Nếu bạn có giới hạn nhận e-mail, vui lòng cho phép nhận thư từ {sender} rồi làm lại {what} từ đầu.</translation>
    </message>
    <message>
        <source>言語(&amp;G)</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 {hh}時{mm:02d}分</source>
        <translation>{hh}:{mm:02d} {d}/{m}/{y}</translation>
    </message>
    <message>
        <source>原文（日本語）：こちらが正式な内容です</source>
        <translation>Bản gốc (tiếng Nhật): đây là nội dung chính thức</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
</TS>
