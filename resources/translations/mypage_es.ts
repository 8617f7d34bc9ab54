<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>応募済</source>
        <translation>Postulado</translation>
    </message>
    <message>
        <source>書類選考中</source>
        <translation>Revisión de documentos</translation>
    </message>
    <message>
        <source>面接予定</source>
        <translation>Entrevista programada</translation>
    </message>
    <message>
        <source>選考中</source>
        <translation>En selección</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>No seleccionado</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>紹介</source>
        <translation>Carta (紹介)</translation>
    </message>
    <message>
        <source>オンライン自主応募</source>
        <translation>Postulación propia en línea (オンライン自主応募)</translation>
    </message>
    <message>
        <source>ご本人</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>ハローワーク</source>
        <translation>HelloWork (ハローワーク)</translation>
    </message>
    <message>
        <source>事業所</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>アカウントロック</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>ログアウト</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>セッション終了（無操作・期限）</source>
        <translation>Fin de sesión (inactividad o límite)</translation>
    </message>
    <message>
        <source>前回のセッションの無効化</source>
        <translation>Anulación de la sesión anterior</translation>
    </message>
    <message>
        <source>認証キー申込（開設）</source>
        <translation>Solicitud de clave (認証キー) (apertura)</translation>
    </message>
    <message>
        <source>認証キー申込（再設定）</source>
        <translation>Solicitud de clave (認証キー) (restablecer)</translation>
    </message>
    <message>
        <source>認証キー不一致</source>
        <translation>Clave (認証キー) incorrecta</translation>
    </message>
    <message>
        <source>パスワード登録</source>
        <translation>Registro de contraseña</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Cambio de contraseña</translation>
    </message>
    <message>
        <source>パスワード変更失敗</source>
        <translation>Error al cambiar contraseña</translation>
    </message>
    <message>
        <source>求職登録</source>
        <translation>Registro como solicitante</translation>
    </message>
    <message>
        <source>職員アカウント作成</source>
        <translation>Creación de cuenta de personal</translation>
    </message>
    <message>
        <source>職員ログイン</source>
        <translation>Inicio de sesión del personal</translation>
    </message>
    <message>
        <source>職員ログイン失敗</source>
        <translation>Error de inicio de sesión del personal</translation>
    </message>
    <message>
        <source>職員アカウントロック</source>
        <translation>Cuenta de personal bloqueada</translation>
    </message>
    <message>
        <source>職員ログアウト</source>
        <translation>Cierre de sesión del personal</translation>
    </message>
    <message>
        <source>職員パスワード変更</source>
        <translation>Cambio de contraseña del personal</translation>
    </message>
    <message>
        <source>職員パスワード再発行</source>
        <translation>Nueva contraseña del personal</translation>
    </message>
    <message>
        <source>職員再認証</source>
        <translation>Reautenticación del personal</translation>
    </message>
    <message>
        <source>職員再認証失敗</source>
        <translation>Error de reautenticación del personal</translation>
    </message>
    <message>
        <source>職員パスワード変更失敗</source>
        <translation>Error al cambiar contraseña del personal</translation>
    </message>
    <message>
        <source>求職者検索</source>
        <translation>Búsqueda de solicitantes</translation>
    </message>
    <message>
        <source>求職者情報の表示</source>
        <translation>Ver datos del solicitante</translation>
    </message>
    <message>
        <source>ログインID変更</source>
        <translation>Cambio de ID de acceso</translation>
    </message>
    <message>
        <source>ログインID登録</source>
        <translation>Registro de ID de acceso</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>認証キー無効化</source>
        <translation>Anulación de clave (認証キー)</translation>
    </message>
    <message>
        <source>パスワード再設定の開始（窓口）</source>
        <translation>Inicio de restablecimiento de contraseña (ventanilla)</translation>
    </message>
    <message>
        <source>求職者セッションの終了（窓口）</source>
        <translation>Cierre de sesión del solicitante (ventanilla)</translation>
    </message>
    <message>
        <source>監査ログの閲覧</source>
        <translation>Consulta del registro de auditoría</translation>
    </message>
    <message>
        <source>アクセス拒否</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>紹介状の発行</source>
        <translation>Emisión de carta de presentación (紹介状)</translation>
    </message>
    <message>
        <source>応募状況の記録</source>
        <translation>Registro del estado de postulación</translation>
    </message>
    <message>
        <source>応募の辞退</source>
        <translation>Retiro de postulación</translation>
    </message>
    <message>
        <source>メッセージ送信</source>
        <translation>Envío de mensaje</translation>
    </message>
    <message>
        <source>お知らせの送信</source>
        <translation>Envío de aviso</translation>
    </message>
    <message>
        <source>求職登録の期限切れ</source>
        <translation>Vencimiento del registro</translation>
    </message>
    <message>
        <source>求職登録の延長</source>
        <translation>Prórroga del registro</translation>
    </message>
    <message>
        <source>有効への切り替え</source>
        <translation>Cambio a activo</translation>
    </message>
    <message>
        <source>求職状態を無効に変更</source>
        <translation>Estado de búsqueda cambiado a inactivo</translation>
    </message>
    <message>
        <source>事業所からの応募状況</source>
        <translation>Estado de postulación según la empresa</translation>
    </message>
    <message>
        <source>事業所からの直接リクエスト</source>
        <translation>Invitación directa (直接リクエスト) de empresa</translation>
    </message>
    <message>
        <source>求職情報の公開</source>
        <translation>Publicación del perfil (求職公開)</translation>
    </message>
    <message>
        <source>公開中の求職情報の更新</source>
        <translation>Actualización del perfil publicado</translation>
    </message>
    <message>
        <source>求職情報の公開の取り下げ</source>
        <translation>Retiro de la publicación del perfil</translation>
    </message>
    <message>
        <source>直接リクエストへの応募</source>
        <translation>Postulación a invitación directa</translation>
    </message>
    <message>
        <source>直接リクエストの辞退</source>
        <translation>Rechazo de invitación directa</translation>
    </message>
    <message>
        <source>事業所からのメッセージ</source>
        <translation>Mensaje de la empresa</translation>
    </message>
    <message>
        <source>求職状態を有効に変更</source>
        <translation>Estado de búsqueda cambiado a activo</translation>
    </message>
    <message>
        <source>端末登録の申請</source>
        <translation>Solicitud de registro de terminal</translation>
    </message>
    <message>
        <source>端末登録の承認</source>
        <translation>Aprobación de registro de terminal</translation>
    </message>
    <message>
        <source>端末登録コードの誤り</source>
        <translation>Código de registro de terminal erróneo</translation>
    </message>
    <message>
        <source>端末への証明書の受け渡し</source>
        <translation>Entrega de certificado al terminal</translation>
    </message>
    <message>
        <source>端末の登録取消</source>
        <translation>Baja de registro de terminal</translation>
    </message>
    <message>
        <source>別の端末からのセッション利用（拒否）</source>
        <translation>Sesión usada desde otro terminal (denegada)</translation>
    </message>
    <message>
        <source>仮登録の一時保存（新規）</source>
        <translation>Borrador de registro provisional (nuevo)</translation>
    </message>
    <message>
        <source>仮登録の一時保存</source>
        <translation>Borrador de registro provisional</translation>
    </message>
    <message>
        <source>仮登録の再開キー申込</source>
        <translation>Solicitud de clave de reanudación del registro provisional</translation>
    </message>
    <message>
        <source>仮登録の再開キー不一致</source>
        <translation>Clave de reanudación incorrecta</translation>
    </message>
    <message>
        <source>仮登録の再開</source>
        <translation>Reanudación del registro provisional</translation>
    </message>
    <message>
        <source>仮登録の送信</source>
        <translation>Envío del registro provisional</translation>
    </message>
    <message>
        <source>仮登録の送信（一時保存なし）</source>
        <translation>Envío del registro provisional (sin borrador)</translation>
    </message>
    <message>
        <source>仮登録の検索</source>
        <translation>Búsqueda de registros provisionales</translation>
    </message>
    <message>
        <source>仮登録の閲覧</source>
        <translation>Consulta de registro provisional</translation>
    </message>
    <message>
        <source>仮登録の訂正</source>
        <translation>Corrección de registro provisional</translation>
    </message>
    <message>
        <source>本登録（仮登録から）</source>
        <translation>Registro definitivo (本登録) (desde provisional)</translation>
    </message>
    <message>
        <source>期限切れ仮登録の削除</source>
        <translation>Borrado de registros provisionales vencidos</translation>
    </message>
    <message>
        <source>応募書類の登録</source>
        <translation>Registro de documentos de postulación</translation>
    </message>
    <message>
        <source>応募書類の閲覧（職員）</source>
        <translation>Consulta de documentos de postulación (personal)</translation>
    </message>
    <message>
        <source>応募内容の閲覧（職員）</source>
        <translation>Consulta de postulación (personal)</translation>
    </message>
    <message>
        <source>応募の書き出し（事業所向け）</source>
        <translation>Exportación de postulación (para empresa)</translation>
    </message>
    <message>
        <source>連絡先の変更（本人）</source>
        <translation>Cambio de datos de contacto (usted)</translation>
    </message>
    <message>
        <source>希望条件の変更（本人）</source>
        <translation>Cambio de condiciones deseadas (usted)</translation>
    </message>
    <message>
        <source>求職情報提供への同意</source>
        <translation>Consentimiento a compartir perfil (求職情報提供)</translation>
    </message>
    <message>
        <source>求職情報提供の同意取り消し</source>
        <translation>Retiro del consentimiento a compartir perfil</translation>
    </message>
    <message>
        <source>本人による変更履歴の閲覧（職員）</source>
        <translation>Consulta de cambios hechos por el solicitante (personal)</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>失敗</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>拒否</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>ロック</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>ロックなし</source>
        <translation>Sin bloqueo</translation>
    </message>
    <message>
        <source>認証キー発行</source>
        <translation>Clave (認証キー) emitida</translation>
    </message>
    <message>
        <source>開設済み（お知らせを送信）</source>
        <translation>Abierta (aviso enviado)</translation>
    </message>
    <message>
        <source>未開設</source>
        <translation>No abierta</translation>
    </message>
    <message>
        <source>登録内容と不一致</source>
        <translation>No coincide con el registro</translation>
    </message>
    <message>
        <source>回数制限</source>
        <translation>Límite de intentos</translation>
    </message>
    <message>
        <source>端末の回数制限</source>
        <translation>Límite de intentos del terminal</translation>
    </message>
    <message>
        <source>認証キー誤り</source>
        <translation>Clave (認証キー) incorrecta</translation>
    </message>
    <message>
        <source>認証キー無効化（誤り回数超過）</source>
        <translation>Clave anulada (demasiados errores)</translation>
    </message>
    <message>
        <source>認証キー期限切れ・使用済み</source>
        <translation>Clave vencida o ya usada</translation>
    </message>
    <message>
        <source>現在のパスワード誤り</source>
        <translation>Contraseña actual incorrecta</translation>
    </message>
    <message>
        <source>前回の残り</source>
        <translation>Restante de la vez anterior</translation>
    </message>
    <message>
        <source>無操作</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>別の端末でログイン</source>
        <translation>Sesión iniciada en otro terminal</translation>
    </message>
    <message>
        <source>メールアドレス変更</source>
        <translation>Cambio de correo electrónico</translation>
    </message>
    <message>
        <source>職員が終了</source>
        <translation>Cerrada por el personal</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>失敗の上限（再設定・解除が必要）</source>
        <translation>Límite de errores (hay que restablecer o desbloquear)</translation>
    </message>
    <message>
        <source>利用者用端末</source>
        <translation>Terminal de usuarios</translation>
    </message>
    <message>
        <source>窓口端末</source>
        <translation>Terminal de ventanilla</translation>
    </message>
    <message>
        <source>職員端末</source>
        <translation>Terminal del personal</translation>
    </message>
    <message>
        <source>求職番号</source>
        <translation>N.º de solicitante (求職番号)</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>フリガナ・生年月日</source>
        <translation>Furigana y fecha de nacimiento</translation>
    </message>
    <message>
        <source>履歴書</source>
        <translation>Currículum (履歴書)</translation>
    </message>
    <message>
        <source>職務経歴書</source>
        <translation>Historial laboral (職務経歴書)</translation>
    </message>
    <message>
        <source>「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。</source>
        <translation>Si acepta «compartir perfil» (求職情報提供), HelloWork entregará sus datos de búsqueda de empleo registrados a los gobiernos locales y a agencias de colocación (empresas privadas de selección, etc.). Ellos podrían ofrecerle empleos adecuados para usted.</translation>
    </message>
    <message>
        <source>・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。</source>
        <translation>・Se comparte: ocupación, lugar y salario deseados, edad, títulos, experiencia laboral y otros datos registrados.</translation>
    </message>
    <message>
        <source>・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、ハローワークを通じてお知らせします。</source>
        <translation>・No se comparte: nombre, dirección, teléfono, correo electrónico ni otros datos de contacto. Si quieren contactarle, se le avisará a través de HelloWork.</translation>
    </message>
    <message>
        <source>・同意はいつでも取り消せます。取り消した後は新たに提供しません。</source>
        <translation>・Puede retirar su consentimiento cuando quiera. Después ya no se compartirán datos nuevos.</translation>
    </message>
    <message>
        <source>・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。</source>
        <translation>・Mientras su estado de búsqueda sea «Inactivo», no puede dar un nuevo consentimiento (sí puede retirarlo).</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>パート</source>
        <translation>Medio tiempo</translation>
    </message>
    <message>
        <source>一般（障害者）</source>
        <translation>General (discapacidad)</translation>
    </message>
    <message>
        <source>パート（障害者）</source>
        <translation>Medio tiempo (discapacidad)</translation>
    </message>
    <message>
        <source>新卒・既卒</source>
        <translation>Recién graduados</translation>
    </message>
    <message>
        <source>季節</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>出稼ぎ</source>
        <translation>Trabajo migratorio</translation>
    </message>
    <message>
        <source>正社員</source>
        <translation>Empleado fijo</translation>
    </message>
    <message>
        <source>正社員以外</source>
        <translation>No fijo</translation>
    </message>
    <message>
        <source>有期雇用派遣労働者</source>
        <translation>Trabajador temporal (contrato fijo)</translation>
    </message>
    <message>
        <source>無期雇用派遣労働者</source>
        <translation>Trabajador temporal (contrato indefinido)</translation>
    </message>
    <message>
        <source>パート労働者</source>
        <translation>Trabajador a medio tiempo</translation>
    </message>
    <message>
        <source>月給</source>
        <translation>Salario mensual</translation>
    </message>
    <message>
        <source>日給</source>
        <translation>Salario diario</translation>
    </message>
    <message>
        <source>時給</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>希望条件</source>
        <translation>Condiciones deseadas</translation>
    </message>
    <message>
        <source>求職情報提供：提供する</source>
        <translation>Compartir perfil: sí</translation>
    </message>
    <message>
        <source>求職情報提供：提供しない</source>
        <translation>Compartir perfil: no</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>希望職種</source>
        <translation>Ocupación deseada</translation>
    </message>
    <message>
        <source>希望勤務地</source>
        <translation>Lugar de trabajo deseado</translation>
    </message>
    <message>
        <source>希望賃金</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <source>求職情報提供</source>
        <translation>Compartir perfil (求職情報提供)</translation>
    </message>
    <message>
        <source>ハローワークの利用者用端末</source>
        <translation>Terminal de usuarios de HelloWork</translation>
    </message>
    <message>
        <source>ハローワークの窓口端末</source>
        <translation>Terminal de ventanilla de HelloWork</translation>
    </message>
    <message>
        <source>ご自身のパソコンなど</source>
        <translation>Su propio equipo, etc.</translation>
    </message>
    <message>
        <source>一時保存中</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>オンライン登録者</source>
        <translation>Registrado en línea</translation>
    </message>
    <message>
        <source>本登録済</source>
        <translation>Registro definitivo</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>回答しない</source>
        <translation>Prefiero no responder</translation>
    </message>
    <message>
        <source>正社員以外（契約社員・嘱託など）</source>
        <translation>No fijo (contrato, etc.)</translation>
    </message>
    <message>
        <source>パートタイム</source>
        <translation>Medio tiempo</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Trabajo temporal por agencia</translation>
    </message>
    <message>
        <source>どれでもよい</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>仮登録番号（この画面またはメールに記載の番号）</source>
        <translation>N.º de registro provisional (el que figura en esta pantalla o en el correo)</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード、運転免許証、在留カードなど）</source>
        <translation>Documento de identidad (tarjeta My Number, licencia de conducir, tarjeta de residencia, etc.)</translation>
    </message>
    <message>
        <source>雇用保険の離職票（お持ちの方）</source>
        <translation>Certificado de cese del seguro de empleo (雇用保険) (si lo tiene)</translation>
    </message>
    <message>
        <source>応募</source>
        <translation>Postulación</translation>
    </message>
    <message>
        <source>ID（メールアドレス）を入力してください。</source>
        <translation>Escriba su ID (correo electrónico).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に使用できない制御文字が含まれています。</source>
        <translation>El ID (correo electrónico) contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。半角英数字で入力してください。</source>
        <translation>El ID (correo electrónico) contiene caracteres de ancho completo (hiragana, kanji, etc.). Use letras y números de medio ancho (半角).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に空白が含まれています。空白を取り除いてください。</source>
        <translation>El ID (correo electrónico) contiene espacios. Quite los espacios.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El ID (correo electrónico) debe tener como máximo {max} caracteres de medio ancho (ahora {length}).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。</source>
        <translation>El formato del ID (correo electrónico) no es válido. Incluya «@».</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。</source>
        <translation>La parte antes de «@» del ID (correo electrónico) debe tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp</source>
        <translation>El formato del ID (correo electrónico) no es válido. Ejemplo: hellowork@example.jp</translation>
    </message>
    <message>
        <source>生年月日の「年」を入力してください。</source>
        <translation>Escriba el año de nacimiento.</translation>
    </message>
    <message>
        <source>生年月日の「月」を入力してください。</source>
        <translation>Escriba el mes de nacimiento.</translation>
    </message>
    <message>
        <source>生年月日の「日」を入力してください。</source>
        <translation>Escriba el día de nacimiento.</translation>
    </message>
    <message>
        <source>生年月日は和暦ではなく西暦で入力してください（例: 1980）。</source>
        <translation>Escriba la fecha de nacimiento con el año occidental, no el japonés (ej.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁の半角数字で入力してください（例: 1980）。</source>
        <translation>Escriba el año con 4 cifras de medio ancho (ej.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁で入力してください（例: 1980）。</source>
        <translation>Escriba el año con 4 cifras (ej.: 1980).</translation>
    </message>
    <message>
        <source>「月」は半角数字で入力してください（1〜12）。</source>
        <translation>Escriba el mes en cifras de medio ancho (1 a 12).</translation>
    </message>
    <message>
        <source>「日」は半角数字で入力してください（1〜31）。</source>
        <translation>Escriba el día en cifras de medio ancho (1 a 31).</translation>
    </message>
    <message>
        <source>「年」は{min}年から{max}年までの西暦で入力してください。</source>
        <translation>Escriba un año entre {min} y {max}.</translation>
    </message>
    <message>
        <source>「月」は1から12までの数字で入力してください。</source>
        <translation>Escriba un mes del 1 al 12.</translation>
    </message>
    <message>
        <source>「日」は1から31までの数字で入力してください。</source>
        <translation>Escriba un día del 1 al 31.</translation>
    </message>
    <message>
        <source>存在しない日付です。生年月日を確認してください。</source>
        <translation>Esa fecha no existe. Revise su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>生年月日に未来の日付は入力できません。</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに空白（スペース）は使用できません。</source>
        <translation>La contraseña no puede tener espacios.</translation>
    </message>
    <message>
        <source>パスワードに全角文字（ひらがな・漢字など）が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>La contraseña contiene caracteres de ancho completo (hiragana, kanji, etc.). Use letras, números y símbolos de medio ancho.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。</source>
        <translation>La contraseña contiene caracteres no válidos (letras con acento como «é», letras griegas, etc.). Use letras (a–z, A–Z), números y símbolos de medio ancho.</translation>
    </message>
    <message>
        <source>パスワードに絵文字などの使用できない文字が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>La contraseña contiene emojis u otros caracteres no válidos. Use letras, números y símbolos de medio ancho.</translation>
    </message>
    <message>
        <source>パスワードは{min}桁以上で入力してください（現在{length}桁）。</source>
        <translation>La contraseña debe tener al menos {min} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>パスワードは{max}桁以内で入力してください（現在{length}桁）。</source>
        <translation>La contraseña debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>パスワードに半角英字を1文字以上含めてください。</source>
        <translation>Incluya al menos una letra en la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに半角数字を1文字以上含めてください。</source>
        <translation>Incluya al menos un número en la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに半角記号（!、#、% など）を1文字以上含めてください。</source>
        <translation>Incluya al menos un símbolo (!, #, %, etc.) en la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。</source>
        <translation>Incluya al menos una letra y un número en la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Incluya al menos una letra y un símbolo en la contraseña.</translation>
    </message>
    <message>
        <source>パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Incluya al menos un número y un símbolo en la contraseña.</translation>
    </message>
    <message>
        <source>メールアドレス、生年月日、求職番号を含むパスワードは登録できません。</source>
        <translation>La contraseña no puede contener su correo, fecha de nacimiento ni n.º de solicitante (求職番号).</translation>
    </message>
    <message>
        <source>このパスワードはよく使われていて推測されやすいため登録できません。別のパスワードにしてください。</source>
        <translation>Esta contraseña es muy común y fácil de adivinar. Elija otra.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。同じパスワードを入力してください。</source>
        <translation>Las contraseñas no coinciden. Escriba la misma contraseña.</translation>
    </message>
    <message>
        <source>認証キーを入力してください。</source>
        <translation>Escriba la clave de verificación (認証キー).</translation>
    </message>
    <message>
        <source>認証キーはメールに記載の{length}桁の半角数字で入力してください。</source>
        <translation>Escriba la clave de verificación: las {length} cifras de medio ancho del correo.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。</source>
        <translation>La clave de verificación es incorrecta o ha vencido. Revise la clave del correo o registre la contraseña de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。</source>
        <translation>La clave de verificación es incorrecta o ha vencido. Revise la clave del correo o restablezca la contraseña de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Complete este campo.</translation>
    </message>
    <message>
        <source>使用できない文字が含まれています。</source>
        <translation>Contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください。</source>
        <translation>Escriba como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>フリガナはカタカナかひらがなで入力してください。</source>
        <translation>Escriba la lectura del nombre (フリガナ) en katakana o hiragana.</translation>
    </message>
    <message>
        <source>メールアドレスまたはパスワードが正しくありません。</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Se alcanzó el límite de errores de contraseña seguidos; no puede iniciar sesión con este ID. Restablezca la contraseña en «Olvidé mi contraseña» o consulte en la ventanilla (窓口) de HelloWork.</translation>
    </message>
    <message>
        <source>選ばれた言語には対応していません。画面の言語を選び直してください。</source>
        <translation>El idioma elegido no está disponible. Vuelva a elegir el idioma de la pantalla.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意してください。</source>
        <translation>Acepte la «Política de privacidad» y las «Condiciones de uso de Mi Página».</translation>
    </message>
    <message>
        <source>このメールアドレスは既に別の方のログインIDとして登録されています。</source>
        <translation>Este correo ya está registrado como ID de acceso de otra persona.</translation>
    </message>
    <message>
        <source>該当する求職者が見つかりません。</source>
        <translation>No se encontró ningún solicitante.</translation>
    </message>
    <message>
        <source>職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。</source>
        <translation>El ID de personal debe tener de 3 a 40 caracteres: minúsculas, números, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>この職員IDは既に使われています。</source>
        <translation>Este ID de personal ya está en uso.</translation>
    </message>
    <message>
        <source>権限は「職員」または「管理者」を指定してください。</source>
        <translation>Indique el rol «Personal» o «Administrador».</translation>
    </message>
    <message>
        <source>電話番号は半角数字とハイフンで入力してください。</source>
        <translation>Escriba el teléfono con números y guiones de medio ancho.</translation>
    </message>
    <message>
        <source>フリーワードは{max}文字以内で入力してください。</source>
        <translation>Las palabras clave deben tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>フリーワードに使用できない文字が含まれています。</source>
        <translation>Las palabras clave contienen caracteres no válidos.</translation>
    </message>
    <message>
        <source>フリーワードは{max}語以内で入力してください。</source>
        <translation>Escriba como máximo {max} palabras clave.</translation>
    </message>
    <message>
        <source>フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。</source>
        <translation>Las palabras clave no tienen caracteres buscables (kanji, kana, letras o números).</translation>
    </message>
    <message>
        <source>求人区分の指定が正しくありません。</source>
        <translation>El tipo de oferta no es válido.</translation>
    </message>
    <message>
        <source>都道府県の指定が正しくありません。</source>
        <translation>La prefectura no es válida.</translation>
    </message>
    <message>
        <source>賃金は半角数字で入力してください（例: 180000）。</source>
        <translation>Escriba el salario en cifras de medio ancho (ej.: 180000).</translation>
    </message>
    <message>
        <source>雇用形態の指定が正しくありません。</source>
        <translation>El tipo de empleo no es válido.</translation>
    </message>
    <message>
        <source>受付日の範囲は1〜365日で指定してください。</source>
        <translation>Indique un rango de 1 a 365 días para la fecha de recepción.</translation>
    </message>
    <message>
        <source>求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Escriba el n.º de oferta (求人番号) como «5 cifras-8 cifras» (ej.: 06010-12345678).</translation>
    </message>
    <message>
        <source>事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。</source>
        <translation>Escriba el n.º de empresa (事業所番号) con 11 cifras «4-6-1» (ej.: 0601-234567-2). No se acepta si el último dígito (de control) no coincide.</translation>
    </message>
    <message>
        <source>条件の名前を入力してください。</source>
        <translation>Escriba un nombre para la búsqueda.</translation>
    </message>
    <message>
        <source>条件の名前は{max}文字以内で入力してください。</source>
        <translation>El nombre debe tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。</source>
        <translation>Puede guardar hasta {max} búsquedas. Borre las que no necesite y vuelva a guardar.</translation>
    </message>
    <message>
        <source>キープできる求人は{max}件までです。不要な求人をキープから外してください。</source>
        <translation>Puede guardar (キープ) hasta {max} ofertas. Quite las que no necesite.</translation>
    </message>
    <message>
        <source>この求人は見つかりません。</source>
        <translation>No se encontró esta oferta.</translation>
    </message>
    <message>
        <source>この検索条件は見つかりません。</source>
        <translation>No se encontró esta búsqueda.</translation>
    </message>
    <message>
        <source>求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。</source>
        <translation>Su perfil está «Inactivo», así que no puede usar esta función. Puede ver sus datos en «Mis datos y ajustes». Para volver a buscar empleo, cambie su estado de búsqueda a «Activo».</translation>
    </message>
    <message>
        <source>求職情報が無効になってから{days}日を超えたため、マイページから「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。</source>
        <translation>Han pasado más de {days} días desde que su perfil quedó inactivo; ya no puede reactivarlo desde Mi Página. Por favor, acuda a la oficina de HelloWork más cercana.</translation>
    </message>
    <message>
        <source>求職状態は「有効」か「無効」を指定してください。</source>
        <translation>Indique el estado de búsqueda «Activo» o «Inactivo».</translation>
    </message>
    <message>
        <source>この紹介は見つかりません。</source>
        <translation>No se encontró esta carta de presentación.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため紹介できません。</source>
        <translation>Esta oferta ya está cerrada; no se puede emitir la carta.</translation>
    </message>
    <message>
        <source>この求職者の求職情報は「無効」のため紹介できません。先に求職登録を更新してください。</source>
        <translation>El perfil de este solicitante está «Inactivo»; no se puede emitir la carta. Renueve primero su registro.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください。</source>
        <translation>La nota debe tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>備考に使用できない文字が含まれています。</source>
        <translation>La nota contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Escriba el n.º de solicitante (求職番号) como «5 cifras-8 cifras» (ej.: 06010-12345678).</translation>
    </message>
    <message>
        <source>この応募は見つかりません。</source>
        <translation>No se encontró esta postulación.</translation>
    </message>
    <message>
        <source>この求人には既に応募しています。同じ求人に二度応募することはできません（応募履歴をご確認ください）。</source>
        <translation>Ya se postuló a esta oferta. No puede postularse dos veces (vea su historial de postulaciones).</translation>
    </message>
    <message>
        <source>この求人はオンライン自主応募を受け付けていません。応募を希望する場合は、ハローワークの窓口で紹介を受けてください。</source>
        <translation>Esta oferta no acepta postulación propia en línea (オンライン自主応募). Si quiere postularse, pida una carta de presentación (紹介状) en la ventanilla de HelloWork.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため応募できません。</source>
        <translation>Esta oferta ya está cerrada; no puede postularse.</translation>
    </message>
    <message>
        <source>応募状況を「{current}」から「{target}」に変更することはできません。</source>
        <translation>No se puede cambiar el estado de «{current}» a «{target}».</translation>
    </message>
    <message>
        <source>応募状況が「{status}」のため、辞退の手続きはできません。</source>
        <translation>El estado es «{status}»; no se puede retirar la postulación.</translation>
    </message>
    <message>
        <source>応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・不採用・辞退・取消のいずれか）。</source>
        <translation>No se puede indicar el estado «{status}» (use: Revisión de documentos, Entrevista programada, En selección, Contratado, No seleccionado, Retirado o Cancelado).</translation>
    </message>
    <message>
        <source>「面接予定」には面接の日時を指定してください。</source>
        <translation>Para «Entrevista programada», indique la fecha y hora de la entrevista.</translation>
    </message>
    <message>
        <source>この応募には面接の予定が登録されていません。</source>
        <translation>Esta postulación no tiene entrevista programada.</translation>
    </message>
    <message>
        <source>面接日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Indique una fecha y hora de entrevista entre {earliest} y {latest}.</translation>
    </message>
    <message>
        <source>日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>Indique una fecha y hora entre {earliest} y {latest}.</translation>
    </message>
    <message>
        <source>この面接の日時はカレンダー（.ics）に保存できません。日時をハローワークにご確認ください。</source>
        <translation>No se puede guardar esta entrevista en el calendario (.ics). Confirme la fecha y hora con HelloWork.</translation>
    </message>
    <message>
        <source>備考を入力してください。</source>
        <translation>Escriba una nota.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>La nota debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>備考に使用できない制御文字が含まれています。</source>
        <translation>La nota contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>面接場所を入力してください。</source>
        <translation>Escriba el lugar de la entrevista.</translation>
    </message>
    <message>
        <source>面接場所は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El lugar debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>面接場所に使用できない制御文字が含まれています。</source>
        <translation>El lugar contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>志望動機を入力してください。</source>
        <translation>Escriba el motivo de postulación.</translation>
    </message>
    <message>
        <source>志望動機は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El motivo debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>志望動機に使用できない制御文字が含まれています。</source>
        <translation>El motivo contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>添付できる書類は履歴書と職務経歴書の各1通までです。</source>
        <translation>Puede adjuntar como máximo un currículum y un historial laboral.</translation>
    </message>
    <message>
        <source>この書類は見つかりません。もう一度添付してください。</source>
        <translation>No se encontró el documento. Adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>{kind}はPDFファイルではないため添付できません。PDF形式で保存したファイルを選んでください。</source>
        <translation>{kind} no es un archivo PDF y no se puede adjuntar. Elija un archivo guardado en formato PDF.</translation>
    </message>
    <message>
        <source>{kind}のファイルが大きすぎます（{max_mb}MBまで）。</source>
        <translation>El archivo de {kind} es demasiado grande (máx. {max_mb} MB).</translation>
    </message>
    <message>
        <source>{kind}のファイルが空です。</source>
        <translation>El archivo de {kind} está vacío.</translation>
    </message>
    <message>
        <source>{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。</source>
        <translation>El PDF de {kind} contiene scripts o archivos incrustados; no se puede adjuntar.</translation>
    </message>
    <message>
        <source>書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。</source>
        <translation>No se puede indicar el tipo «{kind}» (currículum o historial laboral).</translation>
    </message>
    <message>
        <source>書類の送信が途中で途切れました。もう一度添付してください。</source>
        <translation>El envío del documento se interrumpió. Adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>メッセージを入力してください。</source>
        <translation>Escriba un mensaje.</translation>
    </message>
    <message>
        <source>メッセージは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El mensaje debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>メッセージに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>El mensaje contiene caracteres de control no válidos (los saltos de línea sí se permiten).</translation>
    </message>
    <message>
        <source>この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。</source>
        <translation>La empresa de esta oferta no usa la «Mi Página para empresas»; no puede enviarle mensajes desde Mi Página.</translation>
    </message>
    <message>
        <source>このお知らせは見つかりません。</source>
        <translation>No se encontró este aviso.</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Escriba el asunto.</translation>
    </message>
    <message>
        <source>件名は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El asunto debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>件名に使用できない制御文字が含まれています。</source>
        <translation>El asunto contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>本文を入力してください。</source>
        <translation>Escriba el texto.</translation>
    </message>
    <message>
        <source>本文は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El texto debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>本文に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>El texto contiene caracteres de control no válidos (los saltos de línea sí se permiten).</translation>
    </message>
    <message>
        <source>イベントは {{...}} の形式（JSON オブジェクト）で記述してください。</source>
        <translation>Escriba cada evento con la forma {{...}} (objeto JSON).</translation>
    </message>
    <message>
        <source>event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。</source>
        <translation>event_id debe tener de 1 a 64 caracteres: letras, números, «.», «_», «:» o «-».</translation>
    </message>
    <message>
        <source>同じ event_id のイベントがファイル内で重複しています。</source>
        <translation>Hay eventos con el mismo event_id repetidos en el archivo.</translation>
    </message>
    <message>
        <source>type は &quot;status&quot;・&quot;message&quot;・&quot;direct_request&quot; のいずれかを指定してください。</source>
        <translation>type debe ser &quot;status&quot;, &quot;message&quot; o &quot;direct_request&quot;.</translation>
    </message>
    <message>
        <source>application には紹介番号か応募番号を文字列で指定してください。</source>
        <translation>En application, indique el n.º de carta o de postulación como texto.</translation>
    </message>
    <message>
        <source>application「{number}」に該当する応募がありません。</source>
        <translation>No hay ninguna postulación para application «{number}».</translation>
    </message>
    <message>
        <source>{field} は文字列で指定してください。</source>
        <translation>Indique {field} como texto.</translation>
    </message>
    <message>
        <source>{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。</source>
        <translation>{field} «{value}» no se puede leer como fecha y hora (ej.: 2026-12-01T14:00:00+09:00).</translation>
    </message>
    <message>
        <source>不明な項目「{field}」があります。</source>
        <translation>Hay un campo desconocido: «{field}».</translation>
    </message>
    <message>
        <source>希望職種を入力してください。</source>
        <translation>Escriba la ocupación deseada.</translation>
    </message>
    <message>
        <source>希望職種は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>La ocupación deseada debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>希望職種に使用できない制御文字が含まれています。</source>
        <translation>La ocupación deseada contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>希望勤務地を入力してください。</source>
        <translation>Escriba el lugar de trabajo deseado.</translation>
    </message>
    <message>
        <source>希望勤務地は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>El lugar de trabajo deseado debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>希望勤務地に使用できない制御文字が含まれています。</source>
        <translation>El lugar de trabajo deseado contiene caracteres de control no válidos.</translation>
    </message>
    <message>
        <source>経験を入力してください。</source>
        <translation>Escriba su experiencia.</translation>
    </message>
    <message>
        <source>経験は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>La experiencia debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>経験に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>La experiencia contiene caracteres de control no válidos (los saltos de línea sí se permiten).</translation>
    </message>
    <message>
        <source>資格を入力してください。</source>
        <translation>Escriba sus títulos o certificados.</translation>
    </message>
    <message>
        <source>資格は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Los títulos deben tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>資格に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>Los títulos contienen caracteres de control no válidos (los saltos de línea sí se permiten).</translation>
    </message>
    <message>
        <source>自己PRを入力してください。</source>
        <translation>Escriba su presentación personal.</translation>
    </message>
    <message>
        <source>自己PRは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>La presentación personal debe tener como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>自己PRに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>La presentación personal contiene caracteres de control no válidos (los saltos de línea sí se permiten).</translation>
    </message>
    <message>
        <source>公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。</source>
        <translation>No puede incluir correos ni teléfonos en lo que se publica. Sus datos de contacto no se publican.</translation>
    </message>
    <message>
        <source>この直接リクエストは見つかりません。</source>
        <translation>No se encontró esta invitación directa (直接リクエスト).</translation>
    </message>
    <message>
        <source>この直接リクエストには回答済みです。</source>
        <translation>Ya respondió a esta invitación directa.</translation>
    </message>
    <message>
        <source>回答は「応募」か「辞退」を指定してください。</source>
        <translation>Responda «Postular» o «Rechazar».</translation>
    </message>
    <message>
        <source>posting には求人番号を文字列で指定してください。</source>
        <translation>En posting, indique el n.º de oferta como texto.</translation>
    </message>
    <message>
        <source>posting「{number}」に該当する求人がありません。</source>
        <translation>No hay ninguna oferta para posting «{number}».</translation>
    </message>
    <message>
        <source>posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。</source>
        <translation>posting «{number}» está cerrada o no acepta postulación propia en línea.</translation>
    </message>
    <message>
        <source>seeker には求職公開番号（K で始まる10文字）を指定してください。</source>
        <translation>En seeker, indique el n.º de perfil publicado (10 caracteres que empiezan por K).</translation>
    </message>
    <message>
        <source>seeker「{number}」の求職情報は公開されていません（公開を取り下げたか、求職登録が無効です）。</source>
        <translation>El perfil de seeker «{number}» no está publicado (se retiró la publicación o el registro está inactivo).</translation>
    </message>
    <message>
        <source>この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。</source>
        <translation>Ya se envió a este solicitante una invitación directa para esta oferta (una por oferta).</translation>
    </message>
    <message>
        <source>この求人の直接リクエストは上限の{max}件に達しています。</source>
        <translation>Esta oferta alcanzó el límite de {max} invitaciones directas.</translation>
    </message>
    <message>
        <source>現在のパスワードを入力してください。</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>現在のパスワードが正しくありません。</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>現在のパスワードの入力に続けて失敗したため、{seconds}秒待ってからやり直してください。</source>
        <translation>Falló varias veces seguidas la contraseña actual. Espere {seconds} segundos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、パスワードを変更できません。ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Se alcanzó el límite de errores de contraseña seguidos; no puede cambiar la contraseña. Cierre sesión y restablézcala en «Olvidé mi contraseña», o consulte en la ventanilla (窓口) de HelloWork.</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。</source>
        <translation>La nueva contraseña es igual a la actual. Elija otra.</translation>
    </message>
    <message>
        <source>ログアウトしました。</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>別のパソコンで同じIDのログインがあったため、ログアウトしました。心当たりがない場合は、パスワードを変更してください。</source>
        <translation>Se cerró la sesión porque alguien inició sesión con el mismo ID en otro equipo. Si no fue usted, cambie su contraseña.</translation>
    </message>
    <message>
        <source>一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Se cerró la sesión por inactividad. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Se cerró la sesión porque pasó el tiempo permitido. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>パスワードが再設定されたため、ログアウトしました。</source>
        <translation>Se cerró la sesión porque se restableció la contraseña.</translation>
    </message>
    <message>
        <source>パスワードが変更されたため、ログアウトしました。</source>
        <translation>Se cerró la sesión porque se cambió la contraseña.</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）が変更されたため、ログアウトしました。</source>
        <translation>Se cerró la sesión porque se cambió el ID de acceso (correo electrónico).</translation>
    </message>
    <message>
        <source>ハローワークの職員の操作により、ログアウトしました。</source>
        <translation>El personal de HelloWork cerró su sesión.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したため、ログアウトしました。</source>
        <translation>Se cerró la sesión por errores de contraseña seguidos.</translation>
    </message>
    <message>
        <source>サービスに接続できない状態が続いたため、安全のためログアウトしました。しばらくしてから、もう一度ログインしてください。</source>
        <translation>Se cerró la sesión por seguridad porque no se pudo conectar al servicio durante un tiempo. Espere un momento e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>前回の利用が正しく終了していなかったため、ログアウトしました。</source>
        <translation>Se cerró la sesión porque el uso anterior no terminó correctamente.</translation>
    </message>
    <message>
        <source>ログアウトしました。もう一度ログインしてください。</source>
        <translation>Sesión cerrada. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが正しくありません。</source>
        <translation>El ID de personal o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。管理者にパスワードの再発行を依頼してください。</source>
        <translation>Se alcanzó el límite de errores de contraseña seguidos; este ID de personal no se puede usar. Pida a un administrador una nueva contraseña.</translation>
    </message>
    <message>
        <source>パスワードが正しくありません。</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>この操作の前に、パスワードをもう一度入力してください。</source>
        <translation>Antes de esta operación, escriba su contraseña de nuevo.</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。先にパスワードを変更してください。</source>
        <translation>Aún usa la contraseña inicial. Cámbiela primero.</translation>
    </message>
    <message>
        <source>この操作は管理者のみが行えます。</source>
        <translation>Solo un administrador puede hacer esta operación.</translation>
    </message>
    <message>
        <source>確認した本人確認書類を選んでください。</source>
        <translation>Elija el documento de identidad que comprobó.</translation>
    </message>
    <message>
        <source>この職員IDのアカウントはありません。</source>
        <translation>No hay ninguna cuenta con este ID de personal.</translation>
    </message>
    <message>
        <source>求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。</source>
        <translation>Escriba el n.º de solicitante, la furigana y fecha de nacimiento, o el correo electrónico.</translation>
    </message>
    <message>
        <source>この求職者にはログインID（メールアドレス）が登録されていません。</source>
        <translation>Este solicitante no tiene ID de acceso (correo electrónico) registrado.</translation>
    </message>
    <message>
        <source>現在と同じメールアドレスです。</source>
        <translation>Es el mismo correo que el actual.</translation>
    </message>
    <message>
        <source>期間の指定が正しくありません（開始が終了より後になっています）。</source>
        <translation>El periodo no es válido (el inicio es posterior al fin).</translation>
    </message>
    <message>
        <source>登録コードを入力してください（新しいパソコンの画面に表示されています）。</source>
        <translation>Escriba el código de registro (aparece en la pantalla del equipo nuevo).</translation>
    </message>
    <message>
        <source>登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。</source>
        <translation>Escriba las 8 letras del código de registro que aparece en el equipo nuevo (ej.: BCDF-GHJK; no se usan A, E, I, O, U, Y ni números).</translation>
    </message>
    <message>
        <source>登録コードが正しくないか、有効期限が切れているか、既に使われています。新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。</source>
        <translation>El código de registro es incorrecto, venció o ya se usó. Revise el código en la pantalla del equipo nuevo. Si venció, registre ese equipo de nuevo.</translation>
    </message>
    <message>
        <source>登録コードの誤りが続いたため、しばらく承認できません。15分ほど待ってからやり直してください。</source>
        <translation>Demasiados códigos erróneos; no se puede aprobar por ahora. Espere unos 15 minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>この端末は見つかりません。一覧を更新してください。</source>
        <translation>No se encontró este terminal. Actualice la lista.</translation>
    </message>
    <message>
        <source>このパソコンは事務所のサーバーに接続していないため、端末を承認できません。事務所のサーバーに接続した職員コンソールで承認してください。</source>
        <translation>Este equipo no está conectado al servidor de la oficina; no puede aprobar terminales. Apruebe desde una consola de personal conectada al servidor.</translation>
    </message>
    <message>
        <source>端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）のいずれかを指定してください。</source>
        <translation>Indique el tipo de terminal: kiosk (terminal de usuarios), counter (terminal de ventanilla) o staff (terminal del personal).</translation>
    </message>
    <message>
        <source>端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。</source>
        <translation>El nombre del terminal debe tener de 1 a 60 caracteres, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>端末の証明書要求が正しくありません。登録をはじめからやり直してください。</source>
        <translation>La solicitud de certificado del terminal no es válida. Registre de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>承認待ちの端末登録が多すぎるため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Hay demasiados registros de terminal pendientes de aprobación. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>この端末（利用者用端末）からは職員コンソールを使えません。窓口端末か職員端末を使ってください。</source>
        <translation>No se puede usar la consola del personal desde este terminal (de usuarios). Use un terminal de ventanilla o del personal.</translation>
    </message>
    <message>
        <source>中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。</source>
        <translation>Si está estudiando en secundaria o preparatoria, no puede hacer el registro provisional (仮登録) en línea. Consulte a su escuela (orientador) o acuda a la ventanilla para graduados de HelloWork.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Escriba como máximo {max} caracteres (ahora {length}).</translation>
    </message>
    <message>
        <source>{max}行まで入力できます。</source>
        <translation>Puede escribir hasta {max} líneas.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように半角で入力してください。</source>
        <translation>Escriba año y mes en formato occidental y medio ancho, como «2020-04».</translation>
    </message>
    <message>
        <source>1900年から現在までの年月を入力してください。</source>
        <translation>Escriba un año y mes entre 1900 y hoy.</translation>
    </message>
    <message>
        <source>終わりの年月が始めの年月より前になっています。</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <source>一覧から選んでください。</source>
        <translation>Elija de la lista.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の半角数字で入力してください（例: 990-0000）。</source>
        <translation>Escriba el código postal con 7 cifras de medio ancho (ej.: 990-0000).</translation>
    </message>
    <message>
        <source>仮登録番号は10桁の数字で入力してください（例: 12345-67890）。</source>
        <translation>Escriba el n.º de registro provisional con 10 cifras (ej.: 12345-67890).</translation>
    </message>
    <message>
        <source>仮登録番号、またはフリガナと生年月日を入力してください。</source>
        <translation>Escriba el n.º de registro provisional, o la furigana y fecha de nacimiento.</translation>
    </message>
    <message>
        <source>この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。</source>
        <translation>No se encontró este registro provisional. Puede que se haya borrado al vencer.</translation>
    </message>
    <message>
        <source>この仮登録は既に本登録済みです。</source>
        <translation>Este registro provisional ya tiene registro definitivo (本登録).</translation>
    </message>
    <message>
        <source>このパソコンからの申込みが集中しているため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Hay demasiadas solicitudes desde este equipo. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。</source>
        <translation>El borrador guardado venció y se borró. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>登録内容と同じです。変更する項目を入力してください。</source>
        <translation>Los datos no cambiaron. Escriba lo que quiere cambiar.</translation>
    </message>
    <message>
        <source>「求職情報提供」の説明が更新されました。表示された説明を確認してから、もう一度同意してください。</source>
        <translation>Se actualizó la explicación de «Compartir perfil» (求職情報提供). Lea la explicación mostrada y vuelva a aceptar.</translation>
    </message>
    <message>
        <source>求職状態が「無効」のため、求職情報提供に同意することはできません。「有効」に戻してから、もう一度お試しください。</source>
        <translation>Su estado de búsqueda es «Inactivo»; no puede aceptar compartir su perfil. Cámbielo a «Activo» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Licencia de conducir</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Tarjeta My Number</translation>
    </message>
    <message>
        <source>在留カード</source>
        <translation>Tarjeta de residencia</translation>
    </message>
    <message>
        <source>健康保険証</source>
        <translation>Tarjeta del seguro de salud</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>ご本人による変更</source>
        <translation>Cambio hecho por usted</translation>
    </message>
    <message>
        <source>有効期限の経過</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>ハローワーク 求職者マイページ</source>
        <translation>HelloWork (ハローワーク) Mi Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>デモモード（デモ用データとデモ用メールボックス）</source>
        <translation>Modo demo (datos y buzón de demostración)</translation>
    </message>
    <message>
        <source>ハローワーク内の共用パソコン向けの動作</source>
        <translation>Modo para equipos compartidos en HelloWork</translation>
    </message>
    <message>
        <source>職員用の窓口コンソールを開く</source>
        <translation>Abrir la consola de ventanilla del personal</translation>
    </message>
    <message>
        <source>全画面をPNGに書き出して終了</source>
        <translation>Exportar todas las pantallas a PNG y salir</translation>
    </message>
    <message>
        <source>--render-screens: 言語（ja,en,… または all）</source>
        <translation>--render-screens: idiomas (ja,en,… o all)</translation>
    </message>
    <message>
        <source>--render-screens: 表示（100,200,high_contrast）</source>
        <translation>--render-screens: vistas (100,200,high_contrast)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了</source>
        <translation>Mostrar la versión y salir</translation>
    </message>
    <message>
        <source>応募日</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>応募番号</source>
        <translation>N.º de postulación</translation>
    </message>
    <message>
        <source>応募経路</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>事業所名</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>職種</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>状況の更新日</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>次の面接</source>
        <translation>Próxima entrevista</translation>
    </message>
    <message>
        <source>未読メッセージ</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を利用していないため、メッセージはありません。</source>
        <translation>Esta empresa no usa la «Mi Página para empresas»; no hay mensajes.</translation>
    </message>
    <message>
        <source>{count}件</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>応募履歴</source>
        <translation>Mis postulaciones</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>最新の情報に更新</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>状況(&amp;S)：</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と応募した求人票が下に表示されます。</source>
        <translation>Estado de sus postulaciones con carta de presentación (紹介状) y en línea. Elija una fila para ver abajo el historial y la oferta (求人票) a la que se postuló.</translation>
    </message>
    <message>
        <source>読み込んでいます…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」から応募した求人が、ここに表示されます。</source>
        <translation>No tiene postulaciones. Aquí aparecerán las ofertas con carta de HelloWork y las que postule con «Postular» en la oferta (求人票).</translation>
    </message>
    <message>
        <source>状況が「{status}」の応募はありません。</source>
        <translation>No hay postulaciones con estado «{status}».</translation>
    </message>
    <message>
        <source>応募番号 {number}（{company}）を辞退しました。</source>
        <translation>Retiró la postulación {number} ({company}).</translation>
    </message>
    <message>
        <source>求人番号</source>
        <translation>N.º de oferta (求人番号)</translation>
    </message>
    <message>
        <source>現在の状況</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>辞退する</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>面接予定をカレンダーに保存（.ics）</source>
        <translation>Guardar entrevista en calendario (.ics)</translation>
    </message>
    <message>
        <source>メッセージを見る</source>
        <translation>Ver mensajes</translation>
    </message>
    <message>
        <source>求人票を見る</source>
        <translation>Ver oferta</translation>
    </message>
    <message>
        <source>状況の履歴</source>
        <translation>Historial de estado</translation>
    </message>
    <message>
        <source>応募した求人票（応募した時点の内容）</source>
        <translation>Oferta postulada (contenido al postularse)</translation>
    </message>
    <message>
        <source>応募の内容</source>
        <translation>Datos de la postulación</translation>
    </message>
    <message>
        <source>{company}&#x3000;{occupation}</source>
        <translation>{company}&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>{source}（紹介番号 {number}）</source>
        <translation>{source} (carta n.º {number})</translation>
    </message>
    <message>
        <source>「{status}」の応募は辞退できません。</source>
        <translation>No se puede retirar una postulación con estado «{status}».</translation>
    </message>
    <message>
        <source>メッセージを見る（未読 {count}件）</source>
        <translation>Ver mensajes ({count} sin leer)</translation>
    </message>
    <message>
        <source>応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。</source>
        <translation>Elija una postulación para ver aquí el historial de estado y la oferta.</translation>
    </message>
    <message>
        <source>&#x3000;場所：{place}</source>
        <translation>&#x3000;Lugar: {place}</translation>
    </message>
    <message>
        <source>予定はありません（これまでの面接は「状況の履歴」をご覧ください）</source>
        <translation>Sin entrevistas (vea las anteriores en «Historial de estado»)</translation>
    </message>
    <message>
        <source>予定はありません</source>
        <translation>Sin entrevistas</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>面接日時</source>
        <translation>Fecha de entrevista</translation>
    </message>
    <message>
        <source>面接場所</source>
        <translation>Lugar de entrevista</translation>
    </message>
    <message>
        <source>備考・連絡事項</source>
        <translation>Notas y avisos</translation>
    </message>
    <message>
        <source>iCalendar ファイル (*.ics)</source>
        <translation>Archivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、もう一度お試しください。（{reason}）</source>
        <translation>No se pudo guardar el archivo. Revise la carpeta y el espacio libre e inténtelo de nuevo. ({reason})</translation>
    </message>
    <message>
        <source>面接の予定を保存しました：{path}
カレンダーのアプリでこのファイルを開くと、予定に追加できます。ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。</source>
        <translation>Entrevista guardada: {path}
Abra este archivo con su app de calendario para agregarla. En equipos compartidos (como los de HelloWork), borre el archivo después de importarlo.</translation>
    </message>
    <message>
        <source>面接_{number}.ics</source>
        <translation>entrevista_{number}.ics</translation>
    </message>
    <message>
        <source>面接予定の保存（.ics）</source>
        <translation>Guardar entrevista (.ics)</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。</source>
        <translation>No se puede procesar ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>次の応募を辞退します。

事業所名：{company}
職種：{occupation}
応募番号：{number}</source>
        <translation>Va a retirar esta postulación.

Empresa: {company}
Ocupación: {occupation}
N.º de postulación: {number}</translation>
    </message>
    <message>
        <source>辞退すると、元に戻すことはできません。同じ求人にもう一度応募することもできません。</source>
        <translation>Si la retira, no podrá deshacerlo ni volver a postularse a la misma oferta.</translation>
    </message>
    <message>
        <source>事業所への連絡事項（任意・{max}文字以内）</source>
        <translation>Mensaje para la empresa (opcional, máx. {max} caracteres)</translation>
    </message>
    <message>
        <source>例：他社への就職が決まったため</source>
        <translation>Ej.: Conseguí empleo en otra empresa</translation>
    </message>
    <message>
        <source>事業所への連絡事項</source>
        <translation>Mensaje para la empresa</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>送信しています…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>事業所名：{company}
職種：{occupation}
求人番号：{number}</source>
        <translation>Empresa: {company}
Ocupación: {occupation}
N.º de oferta: {number}</translation>
    </message>
    <message>
        <source>志望動機（必須・{max}文字以内）</source>
        <translation>Motivo de postulación (obligatorio, máx. {max} caracteres)</translation>
    </message>
    <message>
        <source>志望動機</source>
        <translation>Motivo de postulación</translation>
    </message>
    <message>
        <source>この求人に応募する理由、活かせる経験などを書いてください。</source>
        <translation>Escriba por qué se postula a esta oferta y qué experiencia puede aportar.</translation>
    </message>
    <message>
        <source>応募書類（PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Documentos (PDF, hasta {mb} MB por archivo)</translation>
    </message>
    <message>
        <source>応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。</source>
        <translation>Al postularse, la empresa recibirá su motivo, los documentos adjuntos y sus datos de solicitante registrados en HelloWork (nombre, contacto, condiciones deseadas, etc.).</translation>
    </message>
    <message>
        <source>応募する</source>
        <translation>Postular</translation>
    </message>
    <message>
        <source>この求人に応募します</source>
        <translation>Postularme a esta oferta</translation>
    </message>
    <message>
        <source>{length} / {max}文字</source>
        <translation>{length} / {max} caracteres</translation>
    </message>
    <message>
        <source>応募しています…</source>
        <translation>Postulando…</translation>
    </message>
    <message>
        <source>添付なし</source>
        <translation>Sin adjuntos</translation>
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
        <translation>Va a postularse en línea a esta oferta.

Empresa: {company}
Ocupación: {occupation}
N.º de oferta: {number}

Motivo: {length} caracteres
{attachments}

La empresa también recibirá sus datos de solicitante registrados en HelloWork (nombre, contacto, condiciones deseadas, etc.).
¿Desea postularse?</translation>
    </message>
    <message>
        <source>オンライン自主応募の確認</source>
        <translation>Confirmar postulación en línea (オンライン自主応募)</translation>
    </message>
    <message>
        <source>応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。</source>
        <translation>Ya se postuló a esta oferta. Vea el estado en «Mis postulaciones».</translation>
    </message>
    <message>
        <source>応募履歴で見る</source>
        <translation>Ver en Mis postulaciones</translation>
    </message>
    <message>
        <source>応募しました。応募番号：{number}</source>
        <translation>Postulación enviada. N.º de postulación: {number}</translation>
    </message>
    <message>
        <source>添付した書類：{documents}</source>
        <translation>Documentos adjuntos: {documents}</translation>
    </message>
    <message>
        <source>書類は添付していません。</source>
        <translation>No adjuntó documentos.</translation>
    </message>
    <message>
        <source>事業所からの連絡は「メッセージ」に届きます。</source>
        <translation>Los mensajes de la empresa llegarán a «Mensajes».</translation>
    </message>
    <message>
        <source>オンラインで応募できるか確認しています…</source>
        <translation>Comprobando si puede postularse en línea…</translation>
    </message>
    <message>
        <source>この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。</source>
        <translation>Puede postularse a esta oferta en línea desde Mi Página (オンライン自主応募).</translation>
    </message>
    <message>
        <source>市区町村を指定しない</source>
        <translation>Sin municipio</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefectura</translation>
    </message>
    <message>
        <source>都道府県を選択</source>
        <translation>Elija prefectura</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>指定した就業場所</source>
        <translation>Lugares elegidos</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>選択した就業場所を削除</source>
        <translation>Quitar lugar elegido</translation>
    </message>
    <message>
        <source>（全域）</source>
        <translation>(Toda el área)</translation>
    </message>
    <message>
        <source>就業場所は{max}か所まで指定できます。</source>
        <translation>Puede elegir hasta {max} lugares de trabajo.</translation>
    </message>
    <message>
        <source>例: 介護 山形（スペースで区切ると「かつ」で検索）</source>
        <translation>Ej.: cuidados Yamagata (separe con espacios para buscar «y»)</translation>
    </message>
    <message>
        <source>例: 06010-12345678</source>
        <translation>Ej.: 06010-12345678</translation>
    </message>
    <message>
        <source>例: 0601-234567-2</source>
        <translation>Ej.: 0601-234567-2</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>例: 180000</source>
        <translation>Ej.: 180000</translation>
    </message>
    <message>
        <source>賃金の単位</source>
        <translation>Unidad de salario</translation>
    </message>
    <message>
        <source>賃金（下限）</source>
        <translation>Salario (mínimo)</translation>
    </message>
    <message>
        <source>円以上</source>
        <translation>yenes o más</translation>
    </message>
    <message>
        <source>指定なし</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>{n}日以内</source>
        <translation>Últimos {n} días</translation>
    </message>
    <message>
        <source>オンライン自主応募可の求人のみ</source>
        <translation>Solo ofertas con postulación en línea</translation>
    </message>
    <message>
        <source>検索する</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>フリーワード</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>求人区分</source>
        <translation>Tipo de oferta</translation>
    </message>
    <message>
        <source>雇用形態</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>就業場所</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <source>事業所番号</source>
        <translation>N.º de empresa (事業所番号)</translation>
    </message>
    <message>
        <source>職業分類</source>
        <translation>Clasificación de ocupación</translation>
    </message>
    <message>
        <source>受付日</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>← 一覧に戻る</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <source>求人票</source>
        <translation>Oferta (求人票)</translation>
    </message>
    <message>
        <source>【{closed}】この求人の募集は終了しました。</source>
        <translation>【{closed}】Esta oferta ya está cerrada.</translation>
    </message>
    <message>
        <source>キープする</source>
        <translation>Guardar (キープ)</translation>
    </message>
    <message>
        <source>求人番号をコピー</source>
        <translation>Copiar n.º de oferta</translation>
    </message>
    <message>
        <source>この事業所の求人をすべて見る</source>
        <translation>Ver todas las ofertas de esta empresa</translation>
    </message>
    <message>
        <source>この求人票の事業所番号で求人を検索します</source>
        <translation>Buscar ofertas con el n.º de empresa de esta oferta</translation>
    </message>
    <message>
        <source>求人票を読み込んでいます…</source>
        <translation>Cargando oferta…</translation>
    </message>
    <message>
        <source>求人票&#x3000;{occupation}</source>
        <translation>Oferta (求人票)&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>キープを外す</source>
        <translation>Quitar de guardadas</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>賃金</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>キープした日時</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>募集中</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>キープした求人</source>
        <translation>Ofertas guardadas (キープ)</translation>
    </message>
    <message>
        <source>詳細を見る</source>
        <translation>Ver detalles</translation>
    </message>
    <message>
        <source>キープした求人はありません。求人票の「キープする」を押すと、ここに表示されます。</source>
        <translation>No tiene ofertas guardadas. Pulse «Guardar» en una oferta para verla aquí.</translation>
    </message>
    <message>
        <source>募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。</source>
        <translation>Las ofertas cerradas siguen aquí, marcadas «Cerrada», hasta que las quite.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>名前</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>この求人は表示できません</source>
        <translation>No se puede mostrar esta oferta</translation>
    </message>
    <message>
        <source>読み込めませんでした</source>
        <translation>No se pudo cargar</translation>
    </message>
    <message>
        <source>オンライン応募</source>
        <translation>Postulación en línea</translation>
    </message>
    <message>
        <source>キープ</source>
        <translation>Guardada (キープ)</translation>
    </message>
    <message>
        <source>1行に1件。例：2004/04 株式会社さくら 入社</source>
        <translation>Una por línea. Ej.: 2004/04 Ingreso en Sakura S.A.</translation>
    </message>
    <message>
        <source>1行に1件。例：2010/06 普通自動車第一種運転免許 取得</source>
        <translation>Una por línea. Ej.: 2010/06 Licencia de conducir ordinaria tipo 1</translation>
    </message>
    <message>
        <source>学歴</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>職歴</source>
        <translation>Experiencia laboral</translation>
    </message>
    <message>
        <source>{kind}を作成</source>
        <translation>Crear {kind}</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日（例 1985-04-12）</source>
        <translation>Fecha de nacimiento (ej. 1985-04-12)</translation>
    </message>
    <message>
        <source>現住所</source>
        <translation>Domicilio actual</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>学歴・職歴</source>
        <translation>Formación y experiencia</translation>
    </message>
    <message>
        <source>免許・資格</source>
        <translation>Licencias y títulos</translation>
    </message>
    <message>
        <source>志望の動機・自己PR</source>
        <translation>Motivo y presentación personal</translation>
    </message>
    <message>
        <source>本人希望記入欄</source>
        <translation>Preferencias personales</translation>
    </message>
    <message>
        <source>職務要約</source>
        <translation>Resumen profesional</translation>
    </message>
    <message>
        <source>職務経歴</source>
        <translation>Historial laboral</translation>
    </message>
    <message>
        <source>活かせる経験・知識・技術</source>
        <translation>Experiencia, conocimientos y habilidades</translation>
    </message>
    <message>
        <source>自己PR</source>
        <translation>Presentación personal</translation>
    </message>
    <message>
        <source>入力欄</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>印刷する…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>PDFで保存…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>この応募に添付する</source>
        <translation>Adjuntar a esta postulación</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。JIS規格の様式に沿った A4 の書類になります。</source>
        <translation>Se rellenó con sus datos de solicitante registrados. Revíselos y complete lo que falte. El documento será A4 según el formato JIS.</translation>
    </message>
    <message>
        <source>PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、もう一度お試しください。</source>
        <translation>No se pudo crear el PDF. Instale la fuente japonesa IPAexGothic (IPAexゴシック) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>求職者情報を読み込めませんでした。手で入力してください。</source>
        <translation>No se pudieron cargar sus datos de solicitante. Escríbalos a mano.</translation>
    </message>
    <message>
        <source>PDFを保存しました：{path}</source>
        <translation>PDF guardado: {path}</translation>
    </message>
    <message>
        <source>{kind}をPDFで保存</source>
        <translation>Guardar {kind} como PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。</source>
        <translation>Este equipo no tiene impresora configurada. Use «Guardar como PDF…».</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>この条件を保存</source>
        <translation>Guardar esta búsqueda</translation>
    </message>
    <message>
        <source>保存する検索条件の名前（40文字以内）</source>
        <translation>Nombre de la búsqueda (máx. 40 caracteres)</translation>
    </message>
    <message>
        <source>検索条件に誤りがあります。検索画面の表示を確認してください。</source>
        <translation>Hay un error en la búsqueda. Revise la pantalla de búsqueda.</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>新着</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>前回の検索</source>
        <translation>Última búsqueda</translation>
    </message>
    <message>
        <source>新着 {n} 件</source>
        <translation>{n} nuevas</translation>
    </message>
    <message>
        <source>保存した検索条件</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>この条件で検索</source>
        <translation>Buscar con esto</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。求人情報検索の画面で「この条件を保存」を押すと、ここに表示されます。</source>
        <translation>No tiene búsquedas guardadas. Pulse «Guardar esta búsqueda» en la pantalla de búsqueda para verlas aquí.</translation>
    </message>
    <message>
        <source>「新着」は、前回その条件で検索したあとに掲載された求人の件数です。</source>
        <translation>«Nuevas» es el número de ofertas publicadas desde la última vez que buscó con esa búsqueda.</translation>
    </message>
    <message>
        <source>新しい名前（40文字以内）</source>
        <translation>Nuevo nombre (máx. 40 caracteres)</translation>
    </message>
    <message>
        <source>変更する</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>保存した検索条件「{name}」を削除しますか？</source>
        <translation>¿Borrar la búsqueda guardada «{name}»?</translation>
    </message>
    <message>
        <source>検索条件の削除</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>新着順</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>賃金の高い順</source>
        <translation>Mayor salario</translation>
    </message>
    <message>
        <source>求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。</source>
        <translation>Su estado de búsqueda es inactivo; no puede buscar ofertas. Para volver a buscar empleo, cambie su estado a «Activo» en «Mis datos y ajustes». Sus filtros se conservan.</translation>
    </message>
    <message>
        <source>検索結果</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>並び順</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>求人情報検索</source>
        <translation>Buscar ofertas</translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>件数を確認しています…</source>
        <translation>Contando resultados…</translation>
    </message>
    <message>
        <source>一覧を準備しています…</source>
        <translation>Preparando la lista…</translation>
    </message>
    <message>
        <source>{count}（件数を確認しています）</source>
        <translation>{count} (contando)</translation>
    </message>
    <message>
        <source>検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。</source>
        <translation>Búsqueda «{name}» guardada. Puede abrirla en «Búsquedas guardadas».</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>募集終了</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>該当 {n}件以上</source>
        <translation>{n} o más resultados</translation>
    </message>
    <message>
        <source>該当 {n} 件（一覧は先頭の {m} 件）</source>
        <translation>{n} resultados (se muestran los primeros {m})</translation>
    </message>
    <message>
        <source>該当 {n} 件</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>該当 約{n}件</source>
        <translation>Unos {n} resultados</translation>
    </message>
    <message>
        <source>可</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>不可</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n}秒後に再度お試しください。</source>
        <translation>Inténtelo de nuevo en {n} segundos.</translation>
    </message>
    <message>
        <source>ただいまサービスに接続できません。しばらくしてから再度お試しください。</source>
        <translation>No se puede conectar al servicio ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>ハローワークをご利用中の方のマイページ開設</source>
        <translation>Abrir Mi Página (si ya usa HelloWork)</translation>
    </message>
    <message>
        <source>※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。</source>
        <translation>※Si hace el trámite en un equipo de HelloWork, le llegará un correo a su dirección registrada. Tenga listo su teléfono u otro medio para leerlo allí mismo.</translation>
    </message>
    <message>
        <source>セッションの有効期限が切れました。もう一度ログインしてください。</source>
        <translation>Su sesión venció. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>求職者マイページ ログイン</source>
        <translation>Mi Página (求職者マイページ): iniciar sesión</translation>
    </message>
    <message>
        <source>ID（メールアドレス）</source>
        <translation>ID (correo electrónico)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>パスワードを忘れた方</source>
        <translation>Olvidé mi contraseña</translation>
    </message>
    <message>
        <source>求職申込み（仮登録）</source>
        <translation>Solicitar empleo (registro provisional, 仮登録)</translation>
    </message>
    <message>
        <source>デモ用メールボックス</source>
        <translation>Buzón de demostración</translation>
    </message>
    <message>
        <source>はじめての方は、上のボタンからマイページを開設してください。
（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）</source>
        <translation>Si es su primera vez, abra su Mi Página con el botón de arriba.
(Si ya registró su solicitud y su correo en la ventanilla de HelloWork)</translation>
    </message>
    <message>
        <source>ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。</source>
        <translation>Si aún no ha hecho su solicitud en HelloWork, puede hacer aquí el registro provisional antes de ir.</translation>
    </message>
    <message>
        <source>中止してログアウト</source>
        <translation>Cancelar y cerrar sesión</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。</source>
        <translation>Aún usa la contraseña inicial. Para continuar, cámbiela por una elegida por usted.</translation>
    </message>
    <message>
        <source>現在のパスワードと、新しいパスワードを入力してください。</source>
        <translation>Escriba su contraseña actual y la nueva.</translation>
    </message>
    <message>
        <source>パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。</source>
        <translation>La contraseña debe tener de 8 a 32 caracteres de medio ancho, con al menos una letra, un número y un símbolo.</translation>
    </message>
    <message>
        <source>現在のパスワード</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>新しいパスワード</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）</source>
        <translation>Nueva contraseña (confirmar)</translation>
    </message>
    <message>
        <source>現在のパスワード（初回用パスワード）</source>
        <translation>Contraseña actual (inicial)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認のため、もう一度）</source>
        <translation>Nueva contraseña (otra vez, para confirmar)</translation>
    </message>
    <message>
        <source>職員ログイン（窓口用）</source>
        <translation>Acceso del personal (ventanilla)</translation>
    </message>
    <message>
        <source>職員の画面のロック解除</source>
        <translation>Desbloquear pantalla del personal</translation>
    </message>
    <message>
        <source>ハローワーク職員用の画面です。職員IDとパスワードを入力してください。
求職者の方のID（メールアドレス）ではログインできません。</source>
        <translation>Pantalla para el personal de HelloWork. Escriba su ID de personal y contraseña.
No se puede entrar con el ID (correo) de un solicitante.</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>ID de personal</translation>
    </message>
    <message>
        <source>職員の画面はロックされています。{name} さんのパスワードを入力してください。</source>
        <translation>La pantalla del personal está bloqueada. Escriba la contraseña de {name}.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>パスワードの変更（初回ログイン）</source>
        <translation>Cambio de contraseña (primer acceso)</translation>
    </message>
    <message>
        <source>職員IDを入力してください。</source>
        <translation>Escriba su ID de personal.</translation>
    </message>
    <message>
        <source>続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。</source>
        <translation>Demasiados errores seguidos; no puede iniciar sesión por ahora. Inténtelo en {time}.</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。</source>
        <translation>No se puede procesar ahora. Inténtelo más tarde. Lo que escribió se conserva.</translation>
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
        <translation>Escriba su mensaje para la empresa (puede usar saltos de línea)</translation>
    </message>
    <message>
        <source>送信するメッセージ</source>
        <translation>Mensaje a enviar</translation>
    </message>
    <message>
        <source>送信する</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{length} / {max}文字（{over}文字多すぎます）</source>
        <translation>{length} / {max} caracteres ({over} de más)</translation>
    </message>
    <message>
        <source>送信中…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。</source>
        <translation>No se puede procesar ahora. Lo que escribió se conserva. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>直接リクエストに応募する</source>
        <translation>Postular a la invitación directa</translation>
    </message>
    <message>
        <source>求人「{label}」にオンラインで応募します。志望動機を入力してください（1000文字以内）。</source>
        <translation>Se postulará en línea a la oferta «{label}». Escriba su motivo de postulación (máx. 1000 caracteres).</translation>
    </message>
    <message>
        <source>応募書類（任意、PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Documentos (opcional, PDF, hasta {mb} MB por archivo)</translation>
    </message>
    <message>
        <source>回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。</source>
        <translation>Respondida: se postuló ({at}, n.º de postulación {number}). Vea el estado en Mis postulaciones.</translation>
    </message>
    <message>
        <source>回答済み: 辞退しました（{at}）。</source>
        <translation>Respondida: rechazada ({at}).</translation>
    </message>
    <message>
        <source>この求人の募集は終了したため、応募できません。</source>
        <translation>Esta oferta ya está cerrada; no puede postularse.</translation>
    </message>
    <message>
        <source>事業所から応募のリクエストが届いています。求人票を確認して、お答えください。</source>
        <translation>Una empresa le invita a postularse. Revise la oferta (求人票) y responda.</translation>
    </message>
    <message>
        <source>この求人への直接リクエストを辞退しますか。
辞退すると、このリクエストから応募することはできません。</source>
        <translation>¿Rechazar la invitación directa a esta oferta?
Si la rechaza, ya no podrá postularse desde esta invitación.</translation>
    </message>
    <message>
        <source>直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。</source>
        <translation>No se puede cargar la invitación directa. Vuelva a abrir el aviso más tarde.</translation>
    </message>
    <message>
        <source>※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。</source>
        <translation>※ Solo puede intercambiar mensajes si la empresa tiene abierta su «Mi Página para empresas».</translation>
    </message>
    <message>
        <source>左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。</source>
        <translation>Elija una postulación a la izquierda para ver los mensajes con esa empresa.</translation>
    </message>
    <message>
        <source>応募先の一覧</source>
        <translation>Postulaciones</translation>
    </message>
    <message>
        <source>応募した求人はまだありません。ハローワークで紹介を受けるか、オンライン自主応募をすると、ここに表示されます。</source>
        <translation>Aún no tiene postulaciones. Aparecerán aquí cuando reciba una carta de HelloWork o se postule en línea.</translation>
    </message>
    <message>
        <source>メッセージ</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>応募した求人の担当者とメッセージをやりとりできます。</source>
        <translation>Intercambie mensajes con la persona a cargo de las ofertas a las que se postuló.</translation>
    </message>
    <message>
        <source>メッセージを送信しました。</source>
        <translation>Su mensaje se ha enviado.</translation>
    </message>
    <message>
        <source>{occupation}&#x3000;応募番号 {number}</source>
        <translation>{occupation}&#x3000;Postulación n.º {number}</translation>
    </message>
    <message>
        <source>おすすめ求人</source>
        <translation>Ofertas recomendadas</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>送信元</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>既読</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>未読</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>お知らせの本文</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <source>この求人の募集は終了しました</source>
        <translation>Esta oferta ya está cerrada</translation>
    </message>
    <message>
        <source>{kind}&#x3000;送信元: {sender}&#x3000;{at}</source>
        <translation>{kind}&#x3000;De: {sender}&#x3000;{at}</translation>
    </message>
    <message>
        <source>直接リクエストの求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Oferta de invitación directa: {label}&#x3000;N.º de oferta {number}</translation>
    </message>
    <message>
        <source>おすすめ求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Oferta recomendada: {label}&#x3000;N.º de oferta {number}</translation>
    </message>
    <message>
        <source>お知らせを選ぶと、ここに内容が表示されます。</source>
        <translation>Elija un aviso para ver aquí su contenido.</translation>
    </message>
    <message>
        <source>お知らせの一覧</source>
        <translation>Lista de avisos</translation>
    </message>
    <message>
        <source>さらに読み込む</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。</source>
        <translation>Aquí recibirá avisos de HelloWork y ofertas recomendadas según sus preferencias.</translation>
    </message>
    <message>
        <source>お知らせはありません。</source>
        <translation>No hay avisos.</translation>
    </message>
    <message>
        <source>{count}件を表示中（未読 {unread}件）</source>
        <translation>Mostrando {count} ({unread} sin leer)</translation>
    </message>
    <message>
        <source>&#x3000;一覧の最後までスクロールすると、古いお知らせを読み込みます。</source>
        <translation>&#x3000;Al llegar al final de la lista se cargan los avisos anteriores.</translation>
    </message>
    <message>
        <source>やりとり</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。</source>
        <translation>Esta empresa no tiene «Mi Página para empresas»; no se pueden intercambiar mensajes.</translation>
    </message>
    <message>
        <source>メッセージのやりとり</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>まだメッセージはありません。</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。</source>
        <translation>Enviaremos un «Aviso de cambio de datos» a su correo registrado (sin incluir los datos nuevos).</translation>
    </message>
    <message>
        <source>処理しています。しばらくお待ちください…</source>
        <translation>Procesando. Espere un momento…</translation>
    </message>
    <message>
        <source>この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。</source>
        <translation>No se encontró la dirección de este código postal. Revise el código o escriba la dirección.</translation>
    </message>
    <message>
        <source>連絡先の変更</source>
        <translation>Cambiar datos de contacto</translation>
    </message>
    <message>
        <source>引っ越しや電話番号の変更があったときは、ここで変更できます。郵便番号・住所・電話番号をすべて入力してください。</source>
        <translation>Si se mudó o cambió de teléfono, puede cambiarlo aquí. Escriba código postal, dirección y teléfono.</translation>
    </message>
    <message>
        <source>連絡先を変更する</source>
        <translation>Cambiar contacto</translation>
    </message>
    <message>
        <source>住所を検索</source>
        <translation>Buscar dirección</translation>
    </message>
    <message>
        <source>住所の候補</source>
        <translation>Direcciones posibles</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります</source>
        <translation>Escriba las 7 cifras y pulse «Buscar dirección» para rellenar la primera parte</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください（{max}文字以内）</source>
        <translation>Escriba hasta el número, edificio y apartamento (máx. {max} caracteres)</translation>
    </message>
    <message>
        <source>半角数字とハイフン&#x3000;例: 023-600-1234</source>
        <translation>Números y guiones de medio ancho. Ej.: 023-600-1234</translation>
    </message>
    <message>
        <source>連絡先を変更しました。</source>
        <translation>Datos de contacto cambiados.</translation>
    </message>
    <message>
        <source>住所は入力済みのため変更していません: {address}</source>
        <translation>La dirección ya estaba escrita; no se cambió: {address}</translation>
    </message>
    <message>
        <source>{date}（あと{days}日）</source>
        <translation>{date} (faltan {days} días)</translation>
    </message>
    <message>
        <source>求職状態：{status}&#x3000;&#x3000;有効期限：{until}
求職番号：{number}</source>
        <translation>Estado de búsqueda: {status}&#x3000;&#x3000;Vence: {until}
N.º de solicitante (求職番号): {number}</translation>
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
        <translation>Ver la postulación de la entrevista con {company}</translation>
    </message>
    <message>
        <source>文字の大きさ・表示</source>
        <translation>Tamaño de letra y pantalla</translation>
    </message>
    <message>
        <source>文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。すぐにすべての画面に反映されます。</source>
        <translation>Puede agrandar la letra o usar colores de alto contraste. Se aplica al momento en todas las pantallas.</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。</source>
        <translation>En los equipos de HelloWork, la pantalla vuelve a la normal al cerrar sesión.</translation>
    </message>
    <message>
        <source>未読のメッセージ</source>
        <translation>Mensajes no leídos</translation>
    </message>
    <message>
        <source>応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。</source>
        <translation>Lea los mensajes de las empresas en «Mensajes», en el menú de la izquierda.</translation>
    </message>
    <message>
        <source>未読のお知らせ</source>
        <translation>Avisos no leídos</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。</source>
        <translation>Lea los avisos y ofertas recomendadas de HelloWork en «Avisos», en el menú de la izquierda.</translation>
    </message>
    <message>
        <source>面接の予定</source>
        <translation>Entrevistas programadas</translation>
    </message>
    <message>
        <source>予定されている面接はありません。</source>
        <translation>No tiene entrevistas programadas.</translation>
    </message>
    <message>
        <source>保存した検索条件の新着求人</source>
        <translation>Ofertas nuevas de sus búsquedas guardadas</translation>
    </message>
    <message>
        <source>「求職者マイページ」でできること</source>
        <translation>Qué puede hacer en Mi Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>・</source>
        <translation>・</translation>
    </message>
    <message>
        <source>{name} さん、ようこそ。</source>
        <translation>Bienvenido/a, {name}.</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、新着求人の件数は表示されません。</source>
        <translation>Mientras su estado de búsqueda sea «Inactivo», no se muestra el número de ofertas nuevas.</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。「求人情報検索」で条件を保存すると、その条件に合う新着求人の件数がここに表示されます。</source>
        <translation>No tiene búsquedas guardadas. Si guarda una en «Buscar ofertas», aquí verá cuántas ofertas nuevas coinciden.</translation>
    </message>
    <message>
        <source>・{name}&#x3000;新着 {n}件</source>
        <translation>・{name}&#x3000;{n} nuevas</translation>
    </message>
    <message>
        <source>左のメニューの「保存した検索条件」から、その条件で検索できます。</source>
        <translation>Puede buscar con esas condiciones desde «Búsquedas guardadas» en el menú de la izquierda.</translation>
    </message>
    <message>
        <source>現在の設定：提供する（{date}に同意）</source>
        <translation>Ahora: compartir (aceptado el {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（{date}に同意を取り消しました）</source>
        <translation>Ahora: no compartir (retirado el {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（同意していません）</source>
        <translation>Ahora: no compartir (sin consentimiento)</translation>
    </message>
    <message>
        <source>求職情報提供に同意する</source>
        <translation>Aceptar compartir perfil</translation>
    </message>
    <message>
        <source>同意を取り消す（提供しない）</source>
        <translation>Retirar consentimiento (no compartir)</translation>
    </message>
    <message>
        <source>求職情報提供への同意を取り消しますか？
取り消した後は、あなたの求職情報を新たに提供しません。</source>
        <translation>¿Retirar su consentimiento para compartir el perfil?
Después ya no se compartirán datos nuevos suyos.</translation>
    </message>
    <message>
        <source>同意を取り消す</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に提供することに同意しますか？</source>
        <translation>¿Acepta que, como se explica arriba, se compartan sus datos de búsqueda de empleo (sin nombre ni contacto) con gobiernos locales y agencias de colocación?</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」をお送りします。</source>
        <translation>Ajuste cambiado. Le enviaremos un «Aviso de cambio en compartir perfil» a su correo registrado.</translation>
    </message>
    <message>
        <source>新しいパスワード（確認用）</source>
        <translation>Nueva contraseña (confirmar)</translation>
    </message>
    <message>
        <source>パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内</source>
        <translation>Contraseña: combine números, letras y símbolos de medio ancho, de 8 a 32 caracteres</translation>
    </message>
    <message>
        <source>メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。</source>
        <translation>No puede usar contraseñas con su correo, fecha de nacimiento o n.º de solicitante, ni contraseñas comunes fáciles de adivinar.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、「パスワードを変更する」を押してください。</source>
        <translation>Para cambiar la contraseña, escriba la actual y la nueva, y pulse «Cambiar contraseña».</translation>
    </message>
    <message>
        <source>パスワードを変更する</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>パスワードを変更しました。次回から新しいパスワードでログインしてください。</source>
        <translation>Contraseña cambiada. Use la nueva contraseña la próxima vez.</translation>
    </message>
    <message>
        <source>ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました（このパソコンのログインは続いています）。</source>
        <translation>Si tenía la sesión abierta en otro equipo o teléfono, esa sesión se cerró (la de este equipo sigue abierta).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。</source>
        <translation>Le enviaremos un «Aviso de cambio de contraseña» a su correo registrado.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。</source>
        <translation>Las letras, números y símbolos de ancho completo de la contraseña se registraron convertidos a medio ancho.</translation>
    </message>
    <message>
        <source>希望職種（必須）</source>
        <translation>Ocupación deseada (obligatorio)</translation>
    </message>
    <message>
        <source>経験</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。</source>
        <translation>Si publica su perfil, las empresas podrán verlo de forma anónima y enviarle una «invitación directa» (直接リクエスト) para postularse. No se publican su nombre, contacto ni fecha de nacimiento (solo su grupo de edad). Puede retirar la publicación cuando quiera.</translation>
    </message>
    <message>
        <source>（記載なし）</source>
        <translation>(Sin datos)</translation>
    </message>
    <message>
        <source>（公開したときに決まります）</source>
        <translation>(Se asigna al publicar)</translation>
    </message>
    <message>
        <source>求職公開番号</source>
        <translation>Número de perfil (求職公開番号)</translation>
    </message>
    <message>
        <source>年代</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>求職公開（事業所への匿名の公開）</source>
        <translation>Publicación del perfil (求職公開) (anónima, para empresas)</translation>
    </message>
    <message>
        <source>{n}文字以内</source>
        <translation>Máx. {n} caracteres</translation>
    </message>
    <message>
        <source>事業所に見える内容を確認する</source>
        <translation>Ver lo que verán las empresas</translation>
    </message>
    <message>
        <source>公開する</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>公開を取り下げる</source>
        <translation>Retirar publicación</translation>
    </message>
    <message>
        <source>事業所に見える内容（プレビュー）</source>
        <translation>Lo que verán las empresas (vista previa)</translation>
    </message>
    <message>
        <source>公開中（{at}から）&#x3000;求職公開番号: {number}&#x3000;受け取った直接リクエスト: {n}件</source>
        <translation>Publicado (desde {at})&#x3000;N.º de perfil: {number}&#x3000;Invitaciones recibidas: {n}</translation>
    </message>
    <message>
        <source>公開していません（{at}に取り下げました）</source>
        <translation>No publicado (retirado el {at})</translation>
    </message>
    <message>
        <source>公開していません</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は公開できません。</source>
        <translation>No puede publicar mientras su estado de búsqueda sea «Inactivo».</translation>
    </message>
    <message>
        <source>求職公開の取り下げ</source>
        <translation>Retirar publicación del perfil</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げますか。
取り下げると、事業所はあなたの求職情報を見られなくなり、新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。</source>
        <translation>¿Retirar la publicación de su perfil?
Las empresas ya no podrán verlo ni enviarle nuevas invitaciones directas (puede responder a las que ya recibió).</translation>
    </message>
    <message>
        <source>取り下げる</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>No se puede cargar el estado de publicación. Vuelva a abrir esta página más tarde.</translation>
    </message>
    <message>
        <source>この内容で公開内容を更新しますか。</source>
        <translation>¿Actualizar lo publicado con este contenido?</translation>
    </message>
    <message>
        <source>この内容で求職情報を公開しますか。</source>
        <translation>¿Publicar su perfil con este contenido?</translation>
    </message>
    <message>
        <source>求職公開</source>
        <translation>Publicación del perfil (求職公開)</translation>
    </message>
    <message>
        <source>事業所には次のとおり表示されます。</source>
        <translation>Las empresas verán esto:</translation>
    </message>
    <message>
        <source>更新する</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>求職情報を公開しました。</source>
        <translation>Perfil publicado.</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げました。</source>
        <translation>Publicación del perfil retirada.</translation>
    </message>
    <message>
        <source>公開内容を更新する</source>
        <translation>Actualizar publicación</translation>
    </message>
    <message>
        <source>マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。</source>
        <translation>En Mi Página puede cambiar: contacto (dirección y teléfono), condiciones deseadas, compartir perfil, estado de búsqueda (activo/inactivo), contraseña y publicación del perfil. Para corregir o cambiar otros datos, como nombre o fecha de nacimiento, consulte en la ventanilla (窓口) de HelloWork.</translation>
    </message>
    <message>
        <source>求職者情報・設定</source>
        <translation>Mis datos y ajustes</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>連絡先・ログインID</source>
        <translation>Contacto e ID de acceso</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）</source>
        <translation>ID de acceso (correo electrónico)</translation>
    </message>
    <message>
        <source>求職申込日</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>有効期限</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>求職状態</source>
        <translation>Estado de búsqueda</translation>
    </message>
    <message>
        <source>無効になった理由</source>
        <translation>Motivo de inactividad</translation>
    </message>
    <message>
        <source>（登録なし）</source>
        <translation>(No registrado)</translation>
    </message>
    <message>
        <source>ページの内容</source>
        <translation>Contenido de la página</translation>
    </message>
    <message>
        <source>「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。それを過ぎると、最寄りのハローワークでの手続きが必要です。</source>
        <translation>Dentro de {days} días desde que lo puso «Inactivo», puede volver a «Activo» en esta página. Después, deberá hacer el trámite en la oficina de HelloWork más cercana.</translation>
    </message>
    <message>
        <source>求職状態を「無効」にしますか？</source>
        <translation>¿Cambiar su estado de búsqueda a «Inactivo»?</translation>
    </message>
    <message>
        <source>「無効」にする</source>
        <translation>Poner «Inactivo»</translation>
    </message>
    <message>
        <source>「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。</source>
        <translation>Al volver a «Activo», podrá de nuevo buscar ofertas, postularse en línea y enviar mensajes a las empresas.</translation>
    </message>
    <message>
        <source>有効期限は{date}になります。</source>
        <translation>Vencerá el {date}.</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻しますか？</source>
        <translation>¿Volver su estado de búsqueda a «Activo»?</translation>
    </message>
    <message>
        <source>「有効」に戻す</source>
        <translation>Volver a «Activo»</translation>
    </message>
    <message>
        <source>求職状態の切り替え</source>
        <translation>Cambio de estado de búsqueda</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>現在の求職状態：{status}</source>
        <translation>Estado de búsqueda actual: {status}</translation>
    </message>
    <message>
        <source>{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}になります）。</source>
        <translation>Hasta el {deadline} puede volver a «Activo» en esta página (vencerá el {renews}).</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻す</source>
        <translation>Volver a «Activo»</translation>
    </message>
    <message>
        <source>求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}</source>
        <translation>Si va a pausar su búsqueda de empleo, puede ponerla «Inactiva». Vence: {date}</translation>
    </message>
    <message>
        <source>求職状態を「無効」にする</source>
        <translation>Poner estado «Inactivo»</translation>
    </message>
    <message>
        <source>求職状態を切り替える</source>
        <translation>Cambiar estado de búsqueda</translation>
    </message>
    <message>
        <source>求職状態を「{status}」にしました。</source>
        <translation>Estado de búsqueda cambiado a «{status}».</translation>
    </message>
    <message>
        <source>ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>No se puede cargar la información ahora. Vuelva a abrir esta página más tarde.</translation>
    </message>
    <message>
        <source>登録した求職情報の確認や有効/無効の切り替えができます。</source>
        <translation>Vea sus datos registrados y cambie entre activo/inactivo.</translation>
    </message>
    <message>
        <source>求人の検索条件を保存したり、気になった求人を保存することができます。</source>
        <translation>Guarde búsquedas de ofertas y las ofertas que le interesen.</translation>
    </message>
    <message>
        <source>ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。</source>
        <translation>Vea las ofertas presentadas por HelloWork, sus cartas de presentación (紹介状) y su historial de postulaciones.</translation>
    </message>
    <message>
        <source>メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせをお送りする場合があります。</source>
        <translation>Con los mensajes puede hablar con la persona a cargo de las ofertas a las que se postuló. HelloWork también puede enviarle ofertas y avisos.</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。</source>
        <translation>Mientras su estado sea «Inactivo», no puede buscar ofertas, postularse en línea ni enviar mensajes a empresas. Sí puede ver sus datos, cartas, postulaciones, mensajes y avisos, y cambiar ajustes.</translation>
    </message>
    <message>
        <source>有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます。</source>
        <translation>Ya está en el mes de vencimiento. Si este mes recibe una carta de HelloWork o se postula en línea, se prorroga un mes.</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日（{w}）{hh}時{mm:02d}分</source>
        <translation>{d}/{m}/{y} ({w}) {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>{status}（{reason}）</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message>
        <source>{deadline}までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。</source>
        <translation>Hasta el {deadline} puede volver a «Activo» en «Mis datos y ajustes».</translation>
    </message>
    <message>
        <source>例: 一般事務、介護職員、製造ライン作業</source>
        <translation>Ej.: administrativo, cuidador, línea de producción</translation>
    </message>
    <message>
        <source>例: 山形市、天童市</source>
        <translation>Ej.: Yamagata, Tendo</translation>
    </message>
    <message>
        <source>例: 月給18万円以上、時給1,000円以上</source>
        <translation>Ej.: 180 000 yenes/mes o más, 1000 yenes/hora o más</translation>
    </message>
    <message>
        <source>希望条件の変更</source>
        <translation>Cambiar condiciones deseadas</translation>
    </message>
    <message>
        <source>希望する仕事の条件を変更できます。希望職種は必ず入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Puede cambiar las condiciones del trabajo que busca. La ocupación deseada es obligatoria. También puede cambiarlas en la ventanilla.</translation>
    </message>
    <message>
        <source>希望条件を変更する</source>
        <translation>Cambiar condiciones</translation>
    </message>
    <message>
        <source>希望条件を変更しました。</source>
        <translation>Condiciones deseadas cambiadas.</translation>
    </message>
    <message>
        <source>はじめに</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>希望する仕事</source>
        <translation>Trabajo deseado</translation>
    </message>
    <message>
        <source>免許・資格、障害に関する情報、自己PR</source>
        <translation>Licencias, títulos, discapacidad y presentación personal</translation>
    </message>
    <message>
        <source>入力内容の確認</source>
        <translation>Confirmar datos</translation>
    </message>
    <message>
        <source>仮登録の完了</source>
        <translation>Registro provisional completado</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(Sin datos)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>actualidad</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{day}/{month}/{year}</translation>
    </message>
    <message>
        <source>性別（任意）</source>
        <translation>Sexo (opcional)</translation>
    </message>
    <message>
        <source>希望する雇用形態</source>
        <translation>Tipo de empleo deseado</translation>
    </message>
    <message>
        <source>希望就業時間</source>
        <translation>Horario deseado</translation>
    </message>
    <message>
        <source>障害に関する情報（任意）</source>
        <translation>Datos sobre discapacidad (opcional)</translation>
    </message>
    <message>
        <source>入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。</source>
        <translation>Revise sus datos. Si están bien, pulse «Enviar registro provisional».</translation>
    </message>
    <message>
        <source>修正する</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>{title}を修正する</source>
        <translation>Corregir {title}</translation>
    </message>
    <message>
        <source>求職仮登録を受け付けました。まだ求職申込みは完了していません。</source>
        <translation>Recibimos su registro provisional (仮登録). Su solicitud de empleo aún no está completa.</translation>
    </message>
    <message>
        <source>仮登録番号</source>
        <translation>N.º de registro provisional</translation>
    </message>
    <message>
        <source>{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。仮登録番号は、入力したメールアドレスにもお送りしました。</source>
        <translation>Acuda a la ventanilla de {office} antes del {date}. Allí verificarán su identidad y sus datos y harán el registro definitivo (本登録): recibirá su n.º de solicitante (求職番号) y podrá abrir Mi Página en el momento. Pasada la fecha, se borrará el registro provisional. También enviamos el n.º de registro provisional a su correo.</translation>
    </message>
    <message>
        <source>窓口にお持ちいただくもの</source>
        <translation>Qué llevar a la ventanilla</translation>
    </message>
    <message>
        <source>一時保存した入力を再開する</source>
        <translation>Continuar un borrador guardado</translation>
    </message>
    <message>
        <source>一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、届いたメールの認証キーを入力してください。</source>
        <translation>Escriba el correo que usó al guardar, pulse «Enviar clave» y escriba la clave (認証キー) del correo que le llegue.</translation>
    </message>
    <message>
        <source>認証キーを送信</source>
        <translation>Enviar clave</translation>
    </message>
    <message>
        <source>認証キー</source>
        <translation>Clave de verificación (認証キー)</translation>
    </message>
    <message>
        <source>再開する</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。</source>
        <translation>Si hay un borrador guardado, le enviamos la clave por correo (válida {minutes} min). Si no llega, revise la dirección y permita los correos de {sender}.</translation>
    </message>
    <message>
        <source>ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。</source>
        <translation>Antes de ir a HelloWork, puede escribir su solicitud de empleo en este equipo (registro provisional, 仮登録). Anote el n.º de registro provisional que aparece al final y acuda a la ventanilla antes de la fecha indicada. Allí verificarán sus datos e identidad y harán el registro definitivo (本登録); recibirá su n.º de solicitante (求職番号). Si pulsa «Guardar borrador», puede continuar más tarde (se indica hasta cuándo).</translation>
    </message>
    <message>
        <source>中学校または高等学校に在学中ですか。</source>
        <translation>¿Estudia en secundaria o preparatoria?</translation>
    </message>
    <message>
        <source>在学中である</source>
        <translation>Sí, estudio</translation>
    </message>
    <message>
        <source>在学中ではない</source>
        <translation>No estudio</translation>
    </message>
    <message>
        <source>一時保存</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>次へ進む</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>この内容で仮登録する</source>
        <translation>Enviar registro provisional</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}&#x3000;{title}</source>
        <translation>Paso {n}/{total}&#x3000;{title}</translation>
    </message>
    <message>
        <source>入力内容を確認してください。入力した内容はそのままです。</source>
        <translation>Revise los datos. Lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスとメールで届く認証キーで再開できます。</source>
        <translation>Borrador guardado hasta el {d}/{m}/{y} ({days} días desde el último guardado). Para continuar, vaya a «Solicitar empleo (registro provisional)» → «Continuar un borrador guardado» con su correo y la clave que le llegará.</translation>
    </message>
    <message>
        <source>一時保存した入力を読み込みました。続きから入力してください。</source>
        <translation>Borrador cargado. Continúe donde lo dejó.</translation>
    </message>
    <message>
        <source>入力した内容は、一時保存していない分は失われます。終了しますか。</source>
        <translation>Se perderá lo que no guardó como borrador. ¿Salir?</translation>
    </message>
    <message>
        <source>終了する</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>入力に戻る</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <source>【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。</source>
        <translation>【Cerrada】Esta oferta ya está cerrada. La oferta de abajo muestra el contenido al emitir la carta.</translation>
    </message>
    <message>
        <source>ハローワークからの連絡事項（備考）</source>
        <translation>Avisos de HelloWork (notas)</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{occupation}（{company}）</source>
        <translation>{occupation} ({company})</translation>
    </message>
    <message>
        <source>紹介日：{day}&#x3000;紹介番号：{number}&#x3000;紹介元／担当：{source}&#x3000;応募状況：{status}</source>
        <translation>Fecha de carta: {day}&#x3000;N.º de carta: {number}&#x3000;Emitida por: {source}&#x3000;Estado: {status}</translation>
    </message>
    <message>
        <source>（連絡事項はありません）</source>
        <translation>(Sin avisos)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が変わっても、ここには紹介時点の内容を表示します。</source>
        <translation>Oferta (求人票) tal como estaba al emitir la carta ({day}). Aunque la oferta cambie después, aquí se muestra esa versión.</translation>
    </message>
    <message>
        <source>紹介状</source>
        <translation>Carta de presentación (紹介状)</translation>
    </message>
    <message>
        <source>事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、PDFで保存してご利用ください。</source>
        <translation>Carta de presentación para llevar a la empresa con sus documentos. Imprímala o guárdela como PDF.</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。</source>
        <translation>No se pudo imprimir. Revise que la impresora esté encendida y tenga papel, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。</source>
        <translation>Carta impresa. Si no sale de la impresora, avise al personal de la ventanilla.</translation>
    </message>
    <message>
        <source>紹介日</source>
        <translation>Fecha de carta</translation>
    </message>
    <message>
        <source>紹介番号</source>
        <translation>N.º de carta</translation>
    </message>
    <message>
        <source>応募状況</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>紹介元／担当</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>紹介された求人</source>
        <translation>Ofertas presentadas</translation>
    </message>
    <message>
        <source>ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。</source>
        <translation>Aún no tiene ofertas presentadas por HelloWork. Cuando reciba una en la ventanilla, aquí verá la oferta y la carta (紹介状).</translation>
    </message>
    <message>
        <source>紹介状を表示</source>
        <translation>Ver carta</translation>
    </message>
    <message>
        <source>現在の求人票を見る</source>
        <translation>Ver oferta actual</translation>
    </message>
    <message>
        <source>紹介状の内容</source>
        <translation>Contenido de la carta</translation>
    </message>
    <message>
        <source>紹介された求人・紹介状</source>
        <translation>Ofertas presentadas y cartas (紹介状)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。</source>
        <translation>Ofertas que le presentó HelloWork. Elija una fila para ver la oferta (求人票) tal como estaba y los avisos de HelloWork. Con «Ver carta» puede imprimir la carta o guardarla como PDF.</translation>
    </message>
    <message>
        <source>この求人の募集は終了しています。</source>
        <translation>Esta oferta ya está cerrada.</translation>
    </message>
    <message>
        <source>紹介状を読み込んでいます…</source>
        <translation>Cargando carta…</translation>
    </message>
    <message>
        <source>まもなくログアウトします</source>
        <translation>La sesión se cerrará pronto</translation>
    </message>
    <message>
        <source>操作を続ける</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>ログアウトせずに利用を続けます</source>
        <translation>Seguir usando sin cerrar sesión</translation>
    </message>
    <message>
        <source>しばらく操作がありません。あと{n}秒でログアウトします。
続けて利用する場合は「操作を続ける」を押してください。</source>
        <translation>No ha habido actividad. La sesión se cerrará en {n} segundos.
Para continuar, pulse «Seguir».</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。ヘルプデスクにお問い合わせください。</source>
        <translation>No se puede mostrar la pantalla para abrir Mi Página. Consulte a la mesa de ayuda.</translation>
    </message>
    <message>
        <source>操作がないまま時間が経過したため、求職申込み（仮登録）の画面を閉じ、入力した内容を消去しました。</source>
        <translation>Por inactividad, se cerró la pantalla de registro provisional y se borró lo que escribió.</translation>
    </message>
    <message>
        <source>オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が動いていることを確認してください。続く場合はシステム担当者に連絡してください。</source>
        <translation>No se puede conectar al servidor de la oficina. Revise la red y que el servidor (server_url) esté funcionando. Si continúa, avise al responsable del sistema.</translation>
    </message>
    <message>
        <source>データベースに接続できません（{kind}）。設定（database_url）と、データベースサーバーが起動していることを確認してください。</source>
        <translation>No se puede conectar a la base de datos ({kind}). Revise el ajuste (database_url) y que el servidor de base de datos esté en marcha.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。</source>
        <translation>No se puede mostrar la pantalla para abrir Mi Página. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。
安全のため、最初の画面に戻りました。

問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、次のお問い合わせ番号をお伝えください。

お問い合わせ番号：{incident}</source>
        <translation>Ocurrió un error inesperado. Disculpe las molestias.
Por seguridad, volvió a la primera pantalla.

Si el problema continúa, llame a la mesa de ayuda (tel.: {helpdesk}) e indique este número de consulta.

N.º de consulta: {incident}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、この画面はありません。送信されたメールが数秒で表示されます。</source>
        <translation>Esta pantalla es solo para la demo. En uso real, los correos llegan a la dirección de la persona y esta pantalla no existe. Los correos enviados aparecen en unos segundos.</translation>
    </message>
    <message>
        <source>受信日時</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>宛先</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>受信したメール</source>
        <translation>Correos recibidos</translation>
    </message>
    <message>
        <source>メール本文</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <source>メールを読み込めません（{reason}）。</source>
        <translation>No se pueden cargar los correos ({reason}).</translation>
    </message>
    <message>
        <source>{n}通のメール</source>
        <translation>{n} correos</translation>
    </message>
    <message>
        <source>差出人：{sender}
宛先：{recipient}
件名：{subject}
受信日時：{at}

</source>
        <translation>De: {sender}
Para: {recipient}
Asunto: {subject}
Recibido: {at}

</translation>
    </message>
    <message>
        <source>ホーム</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>求職者マイページ</source>
        <translation>Mi Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{title}（未読 {count}）</source>
        <translation>{title} ({count} sin leer)</translation>
    </message>
    <message>
        <source>求職者マイページを起動できません</source>
        <translation>No se puede iniciar Mi Página</translation>
    </message>
    <message>
        <source>起動に必要なモジュールを読み込めません（{error}）。</source>
        <translation>No se pueden cargar los módulos necesarios para iniciar ({error}).</translation>
    </message>
    <message>
        <source>マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。続けるには、もう一度パスワードを入力してください。</source>
        <translation>Durante la apertura de Mi Página, la pantalla del personal superó el tiempo máximo sin actividad. Para continuar, escriba de nuevo la contraseña.</translation>
    </message>
    <message>
        <source>ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。</source>
        <translation>ID de acceso cambiado a {email}. Las claves enviadas a la dirección anterior ya no valen y se cerró la sesión abierta de Mi Página. Se enviará un aviso a la dirección anterior y a la nueva.</translation>
    </message>
    <message>
        <source>ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。</source>
        <translation>Se registró {email} como ID de acceso. Se enviará un aviso a esta dirección.</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <translation>Desbloquear cuenta</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で確認してください。</source>
        <translation>Se quita el bloqueo por errores de contraseña seguidos. Verifique la identidad con un documento de identidad.</translation>
    </message>
    <message>
        <source>ロックを解除する</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>ロックを解除しました。ご本人はすぐにログインできます。</source>
        <translation>Cuenta desbloqueada. La persona ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>ロックはされていませんでした（失敗の回数は0に戻しました）。</source>
        <translation>La cuenta no estaba bloqueada (el contador de errores volvió a 0).</translation>
    </message>
    <message>
        <source>認証キーの無効化</source>
        <translation>Anular claves (認証キー)</translation>
    </message>
    <message>
        <source>この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？</source>
        <translation>Se anularán todas las claves enviadas a este solicitante que aún no se usaron. ¿Continuar?</translation>
    </message>
    <message>
        <source>無効にする</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>認証キーを{n}件無効にしました。</source>
        <translation>Se anularon {n} claves.</translation>
    </message>
    <message>
        <source>無効にする認証キーはありませんでした。</source>
        <translation>No había claves para anular.</translation>
    </message>
    <message>
        <source>パスワード再設定の開始</source>
        <translation>Iniciar restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。
ご本人であることを本人確認書類で確認してください。</source>
        <translation>Se enviará una clave (認証キー) para restablecer la contraseña al correo registrado. El personal nunca conoce la contraseña. La persona fija la nueva contraseña con la clave del correo.
Verifique la identidad con un documento de identidad.</translation>
    </message>
    <message>
        <source>認証キーを送る</source>
        <translation>Enviar clave</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の手順で新しいパスワードを設定してもらってください。</source>
        <translation>Clave enviada al correo registrado (válida {m} min). Pida a la persona que fije la nueva contraseña siguiendo el correo.</translation>
    </message>
    <message>
        <source>このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。しばらくしてからやり直してください。</source>
        <translation>No se envió: se alcanzó el límite de envíos de clave a esta dirección. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>この求職者はマイページを開設していない（または停止中の）ため、パスワードの再設定はできません。</source>
        <translation>Este solicitante no tiene Mi Página abierta (o está suspendida); no se puede restablecer la contraseña.</translation>
    </message>
    <message>
        <source>セッションの強制終了</source>
        <translation>Cerrar sesión a la fuerza</translation>
    </message>
    <message>
        <source>この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に戻ります）。よろしいですか？</source>
        <translation>Se cerrará la sesión abierta de Mi Página de este solicitante (en cualquier equipo volverá a la pantalla de acceso). ¿Continuar?</translation>
    </message>
    <message>
        <source>終了させる</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>ログイン中のマイページを終了させました（{n}件）。</source>
        <translation>Sesiones de Mi Página cerradas: {n}.</translation>
    </message>
    <message>
        <source>ログイン中のマイページはありませんでした。</source>
        <translation>No había sesiones abiertas de Mi Página.</translation>
    </message>
    <message>
        <source>{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）</source>
        <translation>Carta emitida para {name}. N.º de carta: {referral} (n.º de postulación: {application})</translation>
    </message>
    <message>
        <source>求職の有効期限を {date} まで延長しました。</source>
        <translation>Registro prorrogado hasta el {date}.</translation>
    </message>
    <message>
        <source>応募 {number} の応募状況を「{status}」として記録しました。</source>
        <translation>Estado de la postulación {number} registrado como «{status}».</translation>
    </message>
    <message>
        <source>{name} さんのマイページに{what}を送りました。</source>
        <translation>Enviado a Mi Página de {name}: {what}.</translation>
    </message>
    <message>
        <source>応募書類をPDFで保存</source>
        <translation>Guardar documentos como PDF</translation>
    </message>
    <message>
        <source>応募番号または紹介番号</source>
        <translation>N.º de postulación o de carta</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>オンライン自主応募の志望動機と応募書類を確認します。</source>
        <translation>Revise el motivo y los documentos de una postulación en línea.</translation>
    </message>
    <message>
        <source>応募番号：{number}（{source}、{status}）
応募日：{applied}
求職者：{name}（{seeker}）
求人：{company}&#x3000;{occupation}（{job}）</source>
        <translation>N.º de postulación: {number} ({source}, {status})
Fecha: {applied}
Solicitante: {name} ({seeker})
Oferta: {company}&#x3000;{occupation} ({job})</translation>
    </message>
    <message>
        <source>（志望動機はありません）</source>
        <translation>(Sin motivo de postulación)</translation>
    </message>
    <message>
        <source>{kind}：{name} をPDFで保存…</source>
        <translation>Guardar {kind}: {name} como PDF…</translation>
    </message>
    <message>
        <source>添付された書類はありません</source>
        <translation>No hay documentos adjuntos</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでください。</source>
        <translation>No se pudo guardar el PDF. Elija otra ubicación.</translation>
    </message>
    <message>
        <source>保存しました：{path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>求職者アカウント</source>
        <translation>Cuenta de solicitante</translation>
    </message>
    <message>
        <source>システム</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>管理コマンド</source>
        <translation>Comando de administración</translation>
    </message>
    <message>
        <source>未ログイン</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>データ取込</source>
        <translation>Importación de datos</translation>
    </message>
    <message>
        <source>サーバー管理者</source>
        <translation>Admin. del servidor</translation>
    </message>
    <message>
        <source>求職者</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>ログインアカウント</source>
        <translation>Cuenta de acceso</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>求職者セッション</source>
        <translation>Sesión de solicitante</translation>
    </message>
    <message>
        <source>職員セッション</source>
        <translation>Sesión de personal</translation>
    </message>
    <message>
        <source>仮登録</source>
        <translation>Registro provisional</translation>
    </message>
    <message>
        <source>応募書類</source>
        <translation>Documentos de postulación</translation>
    </message>
    <message>
        <source>応募（書き出し件数）</source>
        <translation>Postulaciones (exportadas)</translation>
    </message>
    <message>
        <source>直接リクエスト</source>
        <translation>Invitación directa</translation>
    </message>
    <message>
        <source>{kind}で検索・{n}件</source>
        <translation>Buscar por {kind}: {n}</translation>
    </message>
    <message>
        <source>操作者</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{name}（職員 {id}）</source>
        <translation>{name} (personal {id})</translation>
    </message>
    <message>
        <source>例: 123</source>
        <translation>Ej.: 123</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>〜</source>
        <translation>–</translation>
    </message>
    <message>
        <source>期間(&amp;P)</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>職員(&amp;S)</source>
        <translation>Per&amp;sonal</translation>
    </message>
    <message>
        <source>求職者ID(&amp;I)</source>
        <translation>&amp;ID de solicitante</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>期間（終了日）</source>
        <translation>Periodo (fin)</translation>
    </message>
    <message>
        <source>期間（開始日）</source>
        <translation>Periodo (inicio)</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>［無効］</source>
        <translation>[Inactivo]</translation>
    </message>
    <message>
        <source>求職者IDは数字で入力してください（例: 123）。</source>
        <translation>Escriba el ID de solicitante en números (ej.: 123).</translation>
    </message>
    <message>
        <source>条件に合う記録はありません。</source>
        <translation>No hay registros que coincidan.</translation>
    </message>
    <message>
        <source>{n}件を表示しています。続きを読み込んでいます…</source>
        <translation>Mostrando {n}. Cargando más…</translation>
    </message>
    <message>
        <source>{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。</source>
        <translation>Mostrando {n}. Baje hasta el final para cargar registros más antiguos.</translation>
    </message>
    <message>
        <source>{n}件を表示しています（すべて）。</source>
        <translation>Mostrando {n} (todos).</translation>
    </message>
    <message>
        <source>パスワードの再入力が取り消されたため、操作は行っていません。</source>
        <translation>Se canceló la nueva introducción de contraseña; no se hizo nada.</translation>
    </message>
    <message>
        <source>職員コンソール（窓口用）</source>
        <translation>Consola del personal (ventanilla)</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>窓口対応</source>
        <translation>Ventanilla</translation>
    </message>
    <message>
        <source>端末管理</source>
        <translation>Terminales</translation>
    </message>
    <message>
        <source>仮登録の確認</source>
        <translation>Registros provisionales</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）…</source>
        <translation>Registrar solicitante nuevo…</translation>
    </message>
    <message>
        <source>窓口でマイページを開設</source>
        <translation>Abrir Mi Página en ventanilla</translation>
    </message>
    <message>
        <source>このパソコンで求職者ご本人にマイページを開設してもらいます。職員の画面は閉じ、ご本人が自分でパスワードを入力します。</source>
        <translation>El solicitante abre su Mi Página en este equipo. La pantalla del personal se cierra y la persona escribe su propia contraseña.</translation>
    </message>
    <message>
        <source>求職者情報・アカウント</source>
        <translation>Datos y cuenta del solicitante</translation>
    </message>
    <message>
        <source>応募内容</source>
        <translation>Postulación</translation>
    </message>
    <message>
        <source>求職者を選んでください</source>
        <translation>Elija un solicitante</translation>
    </message>
    <message>
        <source>{name}（{kana}） 求職番号 {number}</source>
        <translation>{name} ({kana}) N.º de solicitante {number}</translation>
    </message>
    <message>
        <source>求職登録しました。求職番号: {number}&#x3000;有効期限: {valid}</source>
        <translation>Solicitante registrado. N.º de solicitante: {number}&#x3000;Vence: {valid}</translation>
    </message>
    <message>
        <source>ログインID（{email}）も登録しました。ご本人は「ハローワークをご利用中の方のマイページ開設」から開設できます。</source>
        <translation>También se registró el ID de acceso ({email}). La persona puede abrir su Mi Página en «Abrir Mi Página (si ya usa HelloWork)».</translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>{kind}「{name}」</source>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <source>端末ID</source>
        <translation>ID de terminal</translation>
    </message>
    <message>
        <source>登録日時</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>最終通信</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>未通信</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>取消済み</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>{at} に取り消しました</source>
        <translation>Dado de baja el {at}</translation>
    </message>
    <message>
        <source>申請日時</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。</source>
        <translation>Apruebe el registro de equipos que se conectan al servidor de la oficina (de usuarios, ventanilla o personal) y dé de baja los que ya no se usan. Las aprobaciones y bajas quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>例: BCDF-GHJK</source>
        <translation>Ej.: BCDF-GHJK</translation>
    </message>
    <message>
        <source>登録コード</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>承認する</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>承認待ちの申請</source>
        <translation>Solicitudes pendientes</translation>
    </message>
    <message>
        <source>登録済みの端末</source>
        <translation>Terminales registrados</translation>
    </message>
    <message>
        <source>登録を取り消す</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>登録コード(&amp;C)</source>
        <translation>&amp;Código de registro</translation>
    </message>
    <message>
        <source>新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。</source>
        <translation>Escriba el código de registro (8 letras) que aparece en el equipo nuevo y pulse «Aprobar». Puede usar minúsculas o ancho completo. El plazo del código aparece en «Solicitudes pendientes».</translation>
    </message>
    <message>
        <source>新しい端末の承認</source>
        <translation>Aprobar terminal nuevo</translation>
    </message>
    <message>
        <source>承認を待っている申請はありません。</source>
        <translation>No hay solicitudes pendientes.</translation>
    </message>
    <message>
        <source>{n}件の申請が承認を待っています。</source>
        <translation>{n} solicitudes esperan aprobación.</translation>
    </message>
    <message>
        <source>登録コード {code} の端末を承認します。</source>
        <translation>Se aprobará el terminal con el código {code}.</translation>
    </message>
    <message>
        <source>承認を待っている申請は {device}（申請 {at}）の1件です。</source>
        <translation>Hay una solicitud pendiente: {device} (solicitada {at}).</translation>
    </message>
    <message>
        <source>承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。</source>
        <translation>Hay {n} solicitudes pendientes. El código de registro decide cuál se aprueba.</translation>
    </message>
    <message>
        <source>{device}（申請 {at}）</source>
        <translation>{device} (solicitado {at})</translation>
    </message>
    <message>
        <source>承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。</source>
        <translation>La solicitud no está en la lista de pendientes. Puede que el código haya vencido.</translation>
    </message>
    <message>
        <source>承認すると、その端末は事務所のサーバーに接続して使えるようになります。登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。</source>
        <translation>Al aprobarlo, ese terminal podrá conectarse al servidor de la oficina. Compruebe que el código es el que aparece en el equipo nuevo que tiene delante.</translation>
    </message>
    <message>
        <source>端末の承認</source>
        <translation>Aprobar terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、しばらくお待ちください。</source>
        <translation>{device} (ID de terminal {uid}) aprobado. Espere a que el registro termine en ese terminal.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消しました。</source>
        <translation>Se dio de baja {device} (ID de terminal {uid}).</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）は既に取り消されていました。</source>
        <translation>{device} (ID de terminal {uid}) ya estaba dado de baja.</translation>
    </message>
    <message>
        <source>端末の登録の取消</source>
        <translation>Baja de terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消します。
この端末は次の通信から使えなくなります。もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？</source>
        <translation>Se dará de baja {device} (ID de terminal {uid}).
El terminal dejará de funcionar en su próxima conexión. Para volver a usarlo, hay que registrarlo de nuevo en ese terminal y aprobarlo. ¿Continuar?</translation>
    </message>
    <message>
        <source>取り消す</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>確認した本人確認書類</source>
        <translation>Documento de identidad comprobado</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の登録</source>
        <translation>Registrar ID de acceso (correo)</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の変更</source>
        <translation>Cambiar ID de acceso (correo)</translation>
    </message>
    <message>
        <source>ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。</source>
        <translation>Verifique la identidad con un documento de identidad y escriba el nuevo correo.</translation>
    </message>
    <message>
        <source>変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページはログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。</source>
        <translation>Al cambiarlo, las claves enviadas a la dirección anterior dejan de valer y se cierra la sesión abierta de Mi Página. Llegará un aviso a ambas direcciones.</translation>
    </message>
    <message>
        <source>登録したアドレスにお知らせのメールが届きます。</source>
        <translation>Llegará un aviso a la dirección registrada.</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>（未登録）</source>
        <translation>(No registrado)</translation>
    </message>
    <message>
        <source>新しいメールアドレス</source>
        <translation>Correo nuevo</translation>
    </message>
    <message>
        <source>現在のメールアドレス</source>
        <translation>Correo actual</translation>
    </message>
    <message>
        <source>（必須）</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(Elija)</translation>
    </message>
    <message>
        <source>Delete キーで「{empty}」に戻ります。</source>
        <translation>Pulse Supr para volver a «{empty}».</translation>
    </message>
    <message>
        <source>{n}／{max}文字</source>
        <translation>{n}/{max} caracteres</translation>
    </message>
    <message>
        <source>求職者のマイページに「ハローワークからのお知らせ」を送ります。「おすすめ求人」では求人番号の求人票へのリンクが付きます。</source>
        <translation>Envía un «Aviso de HelloWork» a Mi Página del solicitante. Con «Oferta recomendada» se incluye un enlace a la oferta (求人票) de ese número.</translation>
    </message>
    <message>
        <source>種別(&amp;K)</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>求人番号(&amp;J)</source>
        <translation>N.º de &amp;oferta</translation>
    </message>
    <message>
        <source>「おすすめ求人」のときは必須です</source>
        <translation>Obligatorio para «Oferta recomendada»</translation>
    </message>
    <message>
        <source>件名(&amp;T)</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>{max}文字以内</source>
        <translation>Máx. {max} caracteres</translation>
    </message>
    <message>
        <source>本文(&amp;B)</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>文字だけ（書式なし）、改行できます</source>
        <translation>Solo texto (sin formato); puede usar saltos de línea</translation>
    </message>
    <message>
        <source>求人番号を入力してください。</source>
        <translation>Escriba el n.º de oferta.</translation>
    </message>
    <message>
        <source>紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。</source>
        <translation>Escriba el n.º de oferta (求人番号) que presenta. La nota se imprime en la carta (紹介状).</translation>
    </message>
    <message>
        <source>紹介状を発行</source>
        <translation>Emitir carta (紹介状)</translation>
    </message>
    <message>
        <source>5桁-8桁の数字</source>
        <translation>5 cifras-8 cifras</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>本人確認書類を確認してから入力してください。ログイン用メールアドレスは、マイページを使う方だけ入力します。</source>
        <translation>Escriba los datos después de revisar el documento de identidad. El correo de acceso solo se escribe si la persona usará Mi Página.</translation>
    </message>
    <message>
        <source>例: 山形 太郎</source>
        <translation>Ej.: 山形 太郎</translation>
    </message>
    <message>
        <source>例: ヤマガタ タロウ</source>
        <translation>Ej.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>生年月日（年）</source>
        <translation>Nacimiento (año)</translation>
    </message>
    <message>
        <source>生年月日（月）</source>
        <translation>Nacimiento (mes)</translation>
    </message>
    <message>
        <source>生年月日（日）</source>
        <translation>Nacimiento (día)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>例: 023-000-0000</source>
        <translation>Ej.: 023-000-0000</translation>
    </message>
    <message>
        <source>例: 一般事務</source>
        <translation>Ej.: administrativo</translation>
    </message>
    <message>
        <source>例: 山形市内</source>
        <translation>Ej.: ciudad de Yamagata</translation>
    </message>
    <message>
        <source>例: 月給18万円以上</source>
        <translation>Ej.: 180 000 yenes/mes o más</translation>
    </message>
    <message>
        <source>本人の情報</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>氏名(&amp;M)</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>フリガナ(&amp;F)</source>
        <translation>&amp;Furigana</translation>
    </message>
    <message>
        <source>全角カタカナ（ひらがな・半角カナは自動で直します）</source>
        <translation>Katakana de ancho completo (hiragana y kana de medio ancho se corrigen solos)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>西暦・半角数字</source>
        <translation>Año occidental, cifras de medio ancho</translation>
    </message>
    <message>
        <source>電話番号(&amp;T)</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>半角数字とハイフン</source>
        <translation>Números y guiones de medio ancho</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>ログイン用メールアドレス(&amp;E)</source>
        <translation>Correo de acc&amp;eso</translation>
    </message>
    <message>
        <source>マイページを使う場合のみ（半角英数字100文字以内）</source>
        <translation>Solo si usará Mi Página (máx. 100 caracteres de medio ancho)</translation>
    </message>
    <message>
        <source>求職の申込み</source>
        <translation>Solicitud de empleo</translation>
    </message>
    <message>
        <source>求職申込日(&amp;D)</source>
        <translation>Fecha de solic&amp;itud</translation>
    </message>
    <message>
        <source>希望職種(&amp;O)</source>
        <translation>&amp;Ocupación deseada</translation>
    </message>
    <message>
        <source>希望勤務地(&amp;L)</source>
        <translation>&amp;Lugar deseado</translation>
    </message>
    <message>
        <source>希望賃金(&amp;W)</source>
        <translation>&amp;Salario deseado</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <source>確認した本人確認書類(&amp;I)</source>
        <translation>Documento de &amp;identidad comprobado</translation>
    </message>
    <message>
        <source>求職申込日に未来の日付は指定できません。</source>
        <translation>La fecha de solicitud no puede ser futura.</translation>
    </message>
    <message>
        <source>事業所から連絡のあった応募状況を記録します。「面接予定」のときは面接の日時と場所も入力してください。</source>
        <translation>Registre el estado de postulación informado por la empresa. Para «Entrevista programada», indique también fecha, hora y lugar.</translation>
    </message>
    <message>
        <source>応募状況を記録</source>
        <translation>Registrar estado</translation>
    </message>
    <message>
        <source>未入力</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>面接の時刻</source>
        <translation>Hora de entrevista</translation>
    </message>
    <message>
        <source>応募番号(&amp;A)</source>
        <translation>N.º de post&amp;ulación</translation>
    </message>
    <message>
        <source>新しい応募状況(&amp;S)</source>
        <translation>Nuevo e&amp;stado</translation>
    </message>
    <message>
        <source>面接日時(&amp;D)</source>
        <translation>&amp;Fecha de entrevista</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です</source>
        <translation>Obligatorio para «Entrevista programada»</translation>
    </message>
    <message>
        <source>面接場所(&amp;P)</source>
        <translation>&amp;Lugar de entrevista</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です（{max}文字以内）</source>
        <translation>Obligatorio para «Entrevista programada» (máx. {max} caracteres)</translation>
    </message>
    <message>
        <source>応募番号または紹介番号を入力してください。</source>
        <translation>Escriba el n.º de postulación o de carta.</translation>
    </message>
    <message>
        <source>新しい応募状況を選んでください。</source>
        <translation>Elija el nuevo estado.</translation>
    </message>
    <message>
        <source>生年月日（西暦）</source>
        <translation>Fecha de nacimiento (año occidental)</translation>
    </message>
    <message>
        <source>フリガナ＋生年月日</source>
        <translation>Furigana + fecha de nacimiento</translation>
    </message>
    <message>
        <source>ID未登録</source>
        <translation>Sin ID</translation>
    </message>
    <message>
        <source>ロック中</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>該当する求職者はいません。</source>
        <translation>No hay solicitantes que coincidan.</translation>
    </message>
    <message>
        <source>ご本人による変更はありません。</source>
        <translation>No hay cambios hechos por la persona.</translation>
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
        <translation>Cambios hechos por la persona</translation>
    </message>
    <message>
        <source>または フリガナ</source>
        <translation>o furigana</translation>
    </message>
    <message>
        <source>仮登録を選んでください</source>
        <translation>Elija un registro provisional</translation>
    </message>
    <message>
        <source>免許・資格・自己PR</source>
        <translation>Licencias, títulos y presentación</translation>
    </message>
    <message>
        <source>修正を保存</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>本人確認のうえ本登録する</source>
        <translation>Verificar identidad y hacer registro definitivo</translation>
    </message>
    <message>
        <source>{n}件見つかりました。</source>
        <translation>Se encontraron {n}.</translation>
    </message>
    <message>
        <source>該当する仮登録はありません。</source>
        <translation>No hay registros provisionales que coincidan.</translation>
    </message>
    <message>
        <source>仮登録番号 {number}&#x3000;{status}&#x3000;{name}（{kana}）</source>
        <translation>Registro provisional {number}&#x3000;{status}&#x3000;{name} ({kana})</translation>
    </message>
    <message>
        <source>求職番号 {number}</source>
        <translation>N.º de solicitante {number}</translation>
    </message>
    <message>
        <source>修正を保存しました。</source>
        <translation>Corrección guardada.</translation>
    </message>
    <message>
        <source>本登録しました。求職番号: {number}&#x3000;ログインID（{email}）も登録しました。ご本人がこの場で「窓口でマイページを開設」から開設できます。</source>
        <translation>Registro definitivo (本登録) hecho. N.º de solicitante: {number}. También se registró el ID de acceso ({email}). La persona puede abrir su Mi Página ahora con «Abrir Mi Página en ventanilla».</translation>
    </message>
    <message>
        <source>パスワードの再入力</source>
        <translation>Volver a escribir la contraseña</translation>
    </message>
    <message>
        <source>この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。</source>
        <translation>Antes de esta operación, escriba otra vez la contraseña de {name} para verificar.</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）</source>
        <translation>Registrar solicitante nuevo</translation>
    </message>
    <message>
        <source>マイページ</source>
        <translation>Mi Página</translation>
    </message>
    <message>
        <source>停止中</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>開設済み</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>失敗{n}回</source>
        <translation>{n} errores</translation>
    </message>
    <message>
        <source>求職者ID（監査ログ用）</source>
        <translation>ID de solicitante (para auditoría)</translation>
    </message>
    <message>
        <source>希望（職種・勤務地・賃金）</source>
        <translation>Preferencias (ocupación, lugar, salario)</translation>
    </message>
    <message>
        <source>本人による最後の変更</source>
        <translation>Último cambio de la persona</translation>
    </message>
    <message>
        <source>ログインID</source>
        <translation>ID de acceso</translation>
    </message>
    <message>
        <source>ログインのロック</source>
        <translation>Bloqueo de acceso</translation>
    </message>
    <message>
        <source>ログイン中</source>
        <translation>Con sesión</translation>
    </message>
    <message>
        <source>提供する（{at} 同意）</source>
        <translation>Compartir (aceptado {at})</translation>
    </message>
    <message>
        <source>提供しない（{at} 同意取り消し）</source>
        <translation>No compartir (retirado {at})</translation>
    </message>
    <message>
        <source>提供しない（同意なし）</source>
        <translation>No compartir (sin consentimiento)</translation>
    </message>
    <message>
        <source>{at}（{items}）</source>
        <translation>{at} ({items})</translation>
    </message>
    <message>
        <source>左の検索結果から求職者を選んでください。</source>
        <translation>Elija un solicitante de los resultados a la izquierda.</translation>
    </message>
    <message>
        <source>マイページのアカウント</source>
        <translation>Cuenta de Mi Página</translation>
    </message>
    <message>
        <source>メールアドレス変更…</source>
        <translation>Cambiar correo…</translation>
    </message>
    <message>
        <source>アカウントのロック解除…</source>
        <translation>Desbloquear cuenta…</translation>
    </message>
    <message>
        <source>パスワード再設定の開始…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>本人による変更履歴…</source>
        <translation>Cambios de la persona…</translation>
    </message>
    <message>
        <source>ロック中（失敗{n}回）</source>
        <translation>Bloqueada ({n} errores)</translation>
    </message>
    <message>
        <source>なし（失敗{n}回）</source>
        <translation>No ({n} errores)</translation>
    </message>
    <message>
        <source>有効な認証キーあり</source>
        <translation>Tiene clave (認証キー) válida</translation>
    </message>
    <message>
        <source>はい（ログイン中）</source>
        <translation>Sí (con sesión)</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>公開中（事業所が匿名で閲覧できます）</source>
        <translation>Publicado (las empresas lo ven de forma anónima)</translation>
    </message>
    <message>
        <source>メールアドレス登録…</source>
        <translation>Registrar correo…</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>ハイコントラスト</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>表示</source>
        <comment>配色</comment>
        <translation>Colores</translation>
    </message>
    <message>
        <source>{kind}（任意）</source>
        <translation>{kind} (opcional)</translation>
    </message>
    <message>
        <source>PDFを選ぶ…</source>
        <translation>Elegir PDF…</translation>
    </message>
    <message>
        <source>{kind}のPDFを選ぶ</source>
        <translation>Elegir PDF de {kind}</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>{kind}を外す</source>
        <translation>Quitar {kind}</translation>
    </message>
    <message>
        <source>作成する…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>{kind}を作成する</source>
        <translation>Crear {kind}</translation>
    </message>
    <message>
        <source>登録されている情報から{kind}を作成して添付します</source>
        <translation>Crea y adjunta {kind} con sus datos registrados</translation>
    </message>
    <message>
        <source>ファイルを読み込めませんでした。別のファイルを選んでください。</source>
        <translation>No se pudo leer el archivo. Elija otro.</translation>
    </message>
    <message>
        <source>PDFファイル (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>入力エラー</source>
        <translation>Error de entrada</translation>
    </message>
    <message>
        <source>受付年月日</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>紹介期限日</source>
        <translation>Plazo de presentación</translation>
    </message>
    <message>
        <source>仕事の内容</source>
        <translation>Descripción del trabajo</translation>
    </message>
    <message>
        <source>就業時間</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>休日</source>
        <translation>Días libres</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>オンライン自主応募の可否</source>
        <translation>Postulación en línea</translation>
    </message>
    <message>
        <source>求人者マイページの有無</source>
        <translation>Mi Página para empresas</translation>
    </message>
    <message>
        <source>可（このマイページから応募できます）</source>
        <translation>Sí (puede postularse desde Mi Página)</translation>
    </message>
    <message>
        <source>不可（ハローワークの紹介が必要です）</source>
        <translation>No (necesita carta de HelloWork)</translation>
    </message>
    <message>
        <source>あり（応募後にメッセージでやりとりできます）</source>
        <translation>Sí (tras postularse, puede enviar mensajes)</translation>
    </message>
    <message>
        <source>このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、ハローワークが用意した保存用フォルダーだけです。
保存用フォルダーに保存したファイルは、ログアウトすると削除されます。持ち帰るときは USB メモリに保存するか、印刷してください。</source>
        <translation>Este equipo es compartido: solo puede guardar en memorias USB u otros dispositivos extraíbles, o en la carpeta de HelloWork.
Los archivos de esa carpeta se borran al cerrar sesión. Para llevárselos, guárdelos en una memoria USB o imprímalos.</translation>
    </message>
    <message>
        <source>保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。印刷はいつでもできます。</source>
        <translation>No hay dónde guardar. Conecte una memoria USB y pulse «Actualizar lugares». Siempre puede imprimir.</translation>
    </message>
    <message>
        <source>USB メモリなど：{name}（{folder}）</source>
        <translation>Memoria USB, etc.: {name} ({folder})</translation>
    </message>
    <message>
        <source>ハローワークの保存用フォルダー（ログアウトすると削除されます）</source>
        <translation>Carpeta de HelloWork (se borra al cerrar sesión)</translation>
    </message>
    <message>
        <source>ファイル名：{name}</source>
        <translation>Nombre de archivo: {name}</translation>
    </message>
    <message>
        <source>保存先</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>場所を更新</source>
        <translation>Actualizar lugares</translation>
    </message>
    <message>
        <source>保存する</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>この場所には保存できません。別の場所を選んでください。</source>
        <translation>No se puede guardar aquí. Elija otro lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで開かれています。別の場所か別の名前を選んでください。</source>
        <translation>No se pudo guardar el PDF. No se puede guardar aquí, o un archivo con ese nombre está abierto en otra app. Elija otro lugar u otro nombre.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。</source>
        <translation>No se pudo guardar el PDF: no hay espacio suficiente. Elija otro lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。</source>
        <translation>No se pudo guardar el PDF: no se encuentra la carpeta. Elija otro lugar.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでもう一度お試しください。</source>
        <translation>No se pudo guardar el PDF. Elija otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように入力してください。</source>
        <translation>Escriba año y mes en formato occidental, como «2020-04».</translation>
    </message>
    <message>
        <source>始め（年月）</source>
        <translation>Inicio (año-mes)</translation>
    </message>
    <message>
        <source>終わり（年月）</source>
        <translation>Fin (año-mes)</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>始め</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>終わり</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>{n}行目の</source>
        <translation>Fila {n}: </translation>
    </message>
    <message>
        <source>{n}行目を削除</source>
        <translation>Quitar fila {n}</translation>
    </message>
    <message>
        <source>学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。</source>
        <translation>Escriba su formación y experiencia de la más antigua a la más reciente (hasta {max} filas cada una).</translation>
    </message>
    <message>
        <source>学校名・学部・学科、卒業・中退など</source>
        <translation>Escuela, facultad, carrera; graduado, abandonó, etc.</translation>
    </message>
    <message>
        <source>在学中の場合、終わりは空欄にしてください。</source>
        <translation>Si aún estudia, deje vacío el fin.</translation>
    </message>
    <message>
        <source>会社名・仕事の内容</source>
        <translation>Empresa y tareas</translation>
    </message>
    <message>
        <source>現在お勤めの場合、終わりは空欄にしてください。</source>
        <translation>Si aún trabaja ahí, deje vacío el fin.</translation>
    </message>
    <message>
        <source>ご本人の情報を入力してください。</source>
        <translation>Escriba sus datos personales.</translation>
    </message>
    <message>
        <source>例: 山形 太郎（姓と名の間に空白）</source>
        <translation>Ej.: 山形 太郎 (espacio entre apellido y nombre)</translation>
    </message>
    <message>
        <source>カタカナ（ひらがなでも入力できます）&#x3000;例: ヤマガタ タロウ</source>
        <translation>Katakana (también sirve hiragana)&#x3000;Ej.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>半角数字、西暦で入力してください</source>
        <translation>Cifras de medio ancho, año occidental</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>選択しない</source>
        <translation>No elegir</translation>
    </message>
    <message>
        <source>連絡先を入力してください。</source>
        <translation>Escriba sus datos de contacto.</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください</source>
        <translation>Escriba hasta el número, edificio y apartamento</translation>
    </message>
    <message>
        <source>仮登録番号のお知らせと、一時保存した入力の再開に使います</source>
        <translation>Para avisarle el n.º de registro provisional y continuar un borrador</translation>
    </message>
    <message>
        <source>希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Escriba las condiciones del trabajo que busca. También puede cambiarlas en la ventanilla.</translation>
    </message>
    <message>
        <source>例: 8:30〜17:30、午前のみ</source>
        <translation>Ej.: 8:30–17:30, solo mañanas</translation>
    </message>
    <message>
        <source>1行に1つ&#x3000;例: 普通自動車第一種運転免許（{max}文字以内）</source>
        <translation>Una por línea. Ej.: Licencia de conducir ordinaria tipo 1 (máx. {max} caracteres)</translation>
    </message>
    <message>
        <source>障害に関する情報</source>
        <translation>Datos sobre discapacidad</translation>
    </message>
    <message>
        <source>入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください（窓口でご相談いただくこともできます）。</source>
        <translation>Es opcional; puede hacer el registro provisional sin esto. Si necesita algún ajuste, escríbalo (también puede consultarlo en la ventanilla).</translation>
    </message>
    <message>
        <source>（任意）</source>
        <translation>(Opcional)</translation>
    </message>
    <message>
        <source>紹介状をPDFで保存</source>
        <translation>Guardar carta como PDF</translation>
    </message>
    <message>
        <source>紹介状を印刷</source>
        <translation>Imprimir carta</translation>
    </message>
    <message>
        <source>{name}を表示</source>
        <translation>Ver {name}</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>Si usa un equipo de HelloWork, cierre sesión («Cerrar sesión») siempre al terminar.</translation>
    </message>
    <message>
        <source>【！重要！】</source>
        <translation>【¡IMPORTANTE!】</translation>
    </message>
    <message>
        <source>{office}&#x3000;操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）</source>
        <translation>{office}&#x3000;Ayuda de uso: mesa de ayuda (tel.: {helpdesk})</translation>
    </message>
    <message>
        <source>求職者マイページ利用者マニュアル</source>
        <translation>Manual de usuario de Mi Página</translation>
    </message>
    <message>
        <source>マニュアルを表示できません。操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。</source>
        <translation>No se puede mostrar el manual. La mesa de ayuda (tel.: {helpdesk}) le explica cómo usarla.</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}</source>
        <translation>Paso {n}/{total}</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>ただいま処理を受け付けることができません。入力した内容はそのままです。しばらく待ってから、もう一度お試しください。</source>
        <translation>No podemos procesar su solicitud ahora. Lo que escribió se conserva. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>ステップ1</source>
        <translation>Paso 1</translation>
    </message>
    <message>
        <source>マイページ利用規約等の同意</source>
        <translation>Aceptar condiciones de uso</translation>
    </message>
    <message>
        <source>ステップ2</source>
        <translation>Paso 2</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード登録申込）</source>
        <translation>Escribir correo (solicitud de contraseña)</translation>
    </message>
    <message>
        <source>メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが届きます。</source>
        <translation>Al escribir su correo, recibirá en esa dirección un correo de «Solicitud de contraseña recibida».</translation>
    </message>
    <message>
        <source>ステップ3</source>
        <translation>Paso 3</translation>
    </message>
    <message>
        <source>パスワードの登録</source>
        <translation>Registrar contraseña</translation>
    </message>
    <message>
        <source>パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。</source>
        <translation>Escriba la contraseña y la clave de verificación (認証キー) del correo de solicitud recibida.</translation>
    </message>
    <message>
        <source>（メール配信から{minutes}分以内）</source>
        <translation>(en {minutes} min tras el envío del correo)</translation>
    </message>
    <message>
        <source>ステップ4</source>
        <translation>Paso 4</translation>
    </message>
    <message>
        <source>求職者マイページアカウント登録完了、求職者マイページの開設</source>
        <translation>Cuenta registrada y Mi Página (求職者マイページ) abierta</translation>
    </message>
    <message>
        <source>求職者マイページの各種メニューをご利用いただけるようになります。</source>
        <translation>Podrá usar todos los menús de Mi Página.</translation>
    </message>
    <message>
        <source>求職者マイページ利用規約確認</source>
        <translation>Condiciones de uso de Mi Página</translation>
    </message>
    <message>
        <source>このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを完了している方が、求職者マイページを開設するためのページです。</source>
        <translation>Esta página es para abrir Mi Página (求職者マイページ) si ya completó en la ventanilla de HelloWork su registro como solicitante y el de su cuenta (correo electrónico).</translation>
    </message>
    <message>
        <source>●求職者マイページ開設手順</source>
        <translation>●Cómo abrir Mi Página</translation>
    </message>
    <message>
        <source>マイページ利用規約等の確認・同意</source>
        <translation>Revisar y aceptar las condiciones de uso</translation>
    </message>
    <message>
        <source>プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。</source>
        <translation>Lea la Política de privacidad y las Condiciones de uso de Mi Página y pulse «Siguiente».</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意します。</source>
        <translation>Acepto la «Política de privacidad» y las «Condiciones de uso de Mi Página».</translation>
    </message>
    <message>
        <source>必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。
それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。</source>
        <translation>Lea la «Política de privacidad» y las «Condiciones de uso de Mi Página».
Cuando llegue al final de cada una, podrá marcar «Acepto».</translation>
    </message>
    <message>
        <source>まだ最後までご覧いただいていない文書：{titles}</source>
        <translation>Documentos que aún no leyó hasta el final: {titles}</translation>
    </message>
    <message>
        <source>同意いただきました。「次へ進む」ボタンをクリックしてください。</source>
        <translation>Aceptado. Pulse «Siguiente».</translation>
    </message>
    <message>
        <source>両方の文書を最後までご確認いただきました。「同意します」にチェックできます。</source>
        <translation>Leyó ambos documentos hasta el final. Ya puede marcar «Acepto».</translation>
    </message>
    <message>
        <source>パスワード再設定完了</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>パスワード登録完了</source>
        <translation>Contraseña registrada</translation>
    </message>
    <message>
        <source>パスワードの再設定が完了しました</source>
        <translation>Se restableció la contraseña</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードでログインしてください。</source>
        <translation>Pulse «Ir a iniciar sesión» y entre con su correo registrado y la nueva contraseña.</translation>
    </message>
    <message>
        <source>安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。</source>
        <translation>Por seguridad, se cerraron todas las sesiones abiertas en otros equipos.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。</source>
        <translation>Le enviamos un «Aviso de restablecimiento de contraseña» a su correo registrado.</translation>
    </message>
    <message>
        <source>マイページ開設完了</source>
        <translation>Mi Página abierta</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、各種サービスをご利用ください。</source>
        <translation>Pulse «Ir a iniciar sesión», entre con su correo registrado y su contraseña, y use los servicios.</translation>
    </message>
    <message>
        <source>求職者マイページの開設が完了し、求職者マイページの各種メニューをご利用いただけるようになりました。</source>
        <translation>Su Mi Página (求職者マイページ) está abierta; ya puede usar todos sus menús.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。</source>
        <translation>Le enviamos un «Aviso de contraseña registrada» a su correo registrado.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。</source>
        <translation>Las letras, números y símbolos de ancho completo de la contraseña se registraron convertidos a medio ancho. Al iniciar sesión, escríbala en medio ancho (en ancho completo también se acepta como la misma).</translation>
    </message>
    <message>
        <source>【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>【¡IMPORTANTE!】Si usa un equipo de HelloWork, cierre sesión («Cerrar sesión») siempre al terminar.</translation>
    </message>
    <message>
        <source>※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください（下のボタンで開きます）。</source>
        <translation>※Para saber cómo usar Mi Página, vea el «Manual de usuario de Mi Página» (se abre con el botón de abajo).</translation>
    </message>
    <message>
        <source>利用者マニュアルを開く</source>
        <translation>Abrir manual de usuario</translation>
    </message>
    <message>
        <source>ヘルプデスク(電話：{number})でも操作方法をご案内しております。</source>
        <translation>La mesa de ayuda (tel.: {number}) también le explica cómo usarla.</translation>
    </message>
    <message>
        <source>※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。</source>
        <translation>※Si olvidó el correo registrado, acuda a la ventanilla con un documento de identidad.</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード再設定申込）</source>
        <translation>Escribir correo (restablecer contraseña)</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。</source>
        <translation>Escriba el correo y la fecha de nacimiento registrados en la ventanilla de HelloWork.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。</source>
        <translation>Le enviaremos un correo de «Solicitud de restablecimiento recibida» a la dirección que escriba.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。</source>
        <translation>Le enviaremos un correo de «Solicitud de contraseña recibida» a la dirección que escriba.</translation>
    </message>
    <message>
        <source>メール受信制限をされている方は{sender}からのメール受信を許可してください。</source>
        <translation>Si filtra sus correos, permita los correos de {sender}.</translation>
    </message>
    <message>
        <source>半角英数字100文字以内</source>
        <translation>Máx. 100 caracteres de medio ancho</translation>
    </message>
    <message>
        <source>半角数字 西暦で入力してください</source>
        <translation>Cifras de medio ancho, año occidental</translation>
    </message>
    <message>
        <source>※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。</source>
        <translation>※Recibirá en esa dirección un correo con la clave de verificación (認証キー).</translation>
    </message>
    <message>
        <source>（{version}版）</source>
        <translation>(versión {version})</translation>
    </message>
    <message>
        <source>最後まで確認済み</source>
        <translation>Leído hasta el final</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>求職者マイページの開設</source>
        <translation>Abrir Mi Página</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>ログイン画面へ進む</source>
        <translation>Ir a iniciar sesión</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。パスワードの再設定を中止しますか？</source>
        <translation>Se descartará lo que escribió. ¿Cancelar el restablecimiento de contraseña?</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。求職者マイページの開設を中止しますか？</source>
        <translation>Se descartará lo que escribió. ¿Cancelar la apertura de Mi Página?</translation>
    </message>
    <message>
        <source>中止する</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>新しいパスワードの登録</source>
        <translation>Registrar nueva contraseña</translation>
    </message>
    <message>
        <source>パスワード再設定申込受付通知</source>
        <translation>Solicitud de restablecimiento recibida</translation>
    </message>
    <message>
        <source>パスワード登録申込受付通知</source>
        <translation>Solicitud de contraseña recibida</translation>
    </message>
    <message>
        <source>パスワード再設定申込を受け付けました。</source>
        <translation>Recibimos su solicitud de restablecimiento de contraseña.</translation>
    </message>
    <message>
        <source>パスワード登録申込を受け付けました。</source>
        <translation>Recibimos su solicitud de registro de contraseña.</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に「{mail}」メールをお送りしました。</source>
        <translation>Si el correo y la fecha de nacimiento coinciden con los registrados en la ventanilla de HelloWork, le enviamos un correo «{mail}» a esa dirección.</translation>
    </message>
    <message>
        <source>メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、「完了」ボタンをクリックしてください。</source>
        <translation>Busque la clave de verificación (認証キー) en el correo, escriba la contraseña y la clave, y pulse «Finalizar».</translation>
    </message>
    <message>
        <source>登録するパスワード</source>
        <translation>Contraseña a registrar</translation>
    </message>
    <message>
        <source>登録するパスワード（確認用）</source>
        <translation>Contraseña a registrar (confirmar)</translation>
    </message>
    <message>
        <source>はじめからやり直す</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）</source>
        <translation>Clave (認証キー): la del correo «{mail}» (válida {minutes} min desde el envío)</translation>
    </message>
    <message>
        <source>しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。メール受信制限をしている方は、{sender} からのメール受信を許可し、はじめから{what}をやり直してください。</source>
        <translation>Si el correo no llega después de un rato, revise que la dirección sea correcta. Si filtra sus correos, permita los de {sender} y vuelva a empezar desde el principio ({what}).</translation>
    </message>
    <message>
        <source>言語(&amp;G)</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 {hh}時{mm:02d}分</source>
        <translation>{d}/{m}/{y} {hh}:{mm:02d}</translation>
    </message>
    <message>
        <source>原文（日本語）：こちらが正式な内容です</source>
        <translation>Original (japonés): este es el texto oficial</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
</TS>
