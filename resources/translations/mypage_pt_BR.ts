<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>応募済</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <source>書類選考中</source>
        <translation>Análise de documentos</translation>
    </message>
    <message>
        <source>面接予定</source>
        <translation>Entrevista marcada</translation>
    </message>
    <message>
        <source>選考中</source>
        <translation>Em seleção</translation>
    </message>
    <message>
        <source>採用</source>
        <translation>Contratado(a)</translation>
    </message>
    <message>
        <source>不採用</source>
        <translation>Não aprovado(a)</translation>
    </message>
    <message>
        <source>辞退</source>
        <translation>Desistência</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>紹介</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <source>オンライン自主応募</source>
        <translation>Candidatura on-line direta (オンライン自主応募)</translation>
    </message>
    <message>
        <source>ご本人</source>
        <translation>Você</translation>
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
        <translation>Login</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>アカウントロック</source>
        <translation>Conta bloqueada</translation>
    </message>
    <message>
        <source>ログアウト</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>セッション終了（無操作・期限）</source>
        <translation>Sessão encerrada (inatividade/prazo)</translation>
    </message>
    <message>
        <source>前回のセッションの無効化</source>
        <translation>Sessão anterior invalidada</translation>
    </message>
    <message>
        <source>認証キー申込（開設）</source>
        <translation>Pedido de chave de autenticação (abertura)</translation>
    </message>
    <message>
        <source>認証キー申込（再設定）</source>
        <translation>Pedido de chave de autenticação (redefinição)</translation>
    </message>
    <message>
        <source>認証キー不一致</source>
        <translation>Chave de autenticação incorreta</translation>
    </message>
    <message>
        <source>パスワード登録</source>
        <translation>Cadastro de senha</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Redefinição de senha</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Troca de senha</translation>
    </message>
    <message>
        <source>パスワード変更失敗</source>
        <translation>Falha na troca de senha</translation>
    </message>
    <message>
        <source>求職登録</source>
        <translation>Cadastro de candidato</translation>
    </message>
    <message>
        <source>職員アカウント作成</source>
        <translation>Criação de conta de funcionário</translation>
    </message>
    <message>
        <source>職員ログイン</source>
        <translation>Login de funcionário</translation>
    </message>
    <message>
        <source>職員ログイン失敗</source>
        <translation>Falha no login de funcionário</translation>
    </message>
    <message>
        <source>職員アカウントロック</source>
        <translation>Conta de funcionário bloqueada</translation>
    </message>
    <message>
        <source>職員ログアウト</source>
        <translation>Logout de funcionário</translation>
    </message>
    <message>
        <source>職員パスワード変更</source>
        <translation>Troca de senha de funcionário</translation>
    </message>
    <message>
        <source>職員パスワード再発行</source>
        <translation>Nova senha de funcionário emitida</translation>
    </message>
    <message>
        <source>職員再認証</source>
        <translation>Reautenticação de funcionário</translation>
    </message>
    <message>
        <source>職員再認証失敗</source>
        <translation>Falha na reautenticação de funcionário</translation>
    </message>
    <message>
        <source>職員パスワード変更失敗</source>
        <translation>Falha na troca de senha de funcionário</translation>
    </message>
    <message>
        <source>求職者検索</source>
        <translation>Busca de candidatos</translation>
    </message>
    <message>
        <source>求職者情報の表示</source>
        <translation>Exibição dos dados do candidato</translation>
    </message>
    <message>
        <source>ログインID変更</source>
        <translation>Troca de ID de login</translation>
    </message>
    <message>
        <source>ログインID登録</source>
        <translation>Cadastro de ID de login</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Desbloqueio</translation>
    </message>
    <message>
        <source>認証キー無効化</source>
        <translation>Chave de autenticação invalidada</translation>
    </message>
    <message>
        <source>パスワード再設定の開始（窓口）</source>
        <translation>Início de redefinição de senha (balcão)</translation>
    </message>
    <message>
        <source>求職者セッションの終了（窓口）</source>
        <translation>Sessão do candidato encerrada (balcão)</translation>
    </message>
    <message>
        <source>監査ログの閲覧</source>
        <translation>Consulta do log de auditoria</translation>
    </message>
    <message>
        <source>アクセス拒否</source>
        <translation>Acesso negado</translation>
    </message>
    <message>
        <source>紹介状の発行</source>
        <translation>Emissão de carta de encaminhamento (紹介状)</translation>
    </message>
    <message>
        <source>応募状況の記録</source>
        <translation>Registro da situação da candidatura</translation>
    </message>
    <message>
        <source>応募の辞退</source>
        <translation>Desistência da candidatura</translation>
    </message>
    <message>
        <source>メッセージ送信</source>
        <translation>Envio de mensagem</translation>
    </message>
    <message>
        <source>お知らせの送信</source>
        <translation>Envio de aviso</translation>
    </message>
    <message>
        <source>求職登録の期限切れ</source>
        <translation>Cadastro de candidato vencido</translation>
    </message>
    <message>
        <source>求職登録の延長</source>
        <translation>Prorrogação do cadastro de candidato</translation>
    </message>
    <message>
        <source>有効への切り替え</source>
        <translation>Mudança para ativo</translation>
    </message>
    <message>
        <source>求職状態を無効に変更</source>
        <translation>Situação do cadastro alterada para inativo</translation>
    </message>
    <message>
        <source>事業所からの応募状況</source>
        <translation>Situação da candidatura (pela empresa)</translation>
    </message>
    <message>
        <source>事業所からの直接リクエスト</source>
        <translation>Convite direto da empresa (直接リクエスト)</translation>
    </message>
    <message>
        <source>求職情報の公開</source>
        <translation>Divulgação do perfil (求職公開)</translation>
    </message>
    <message>
        <source>公開中の求職情報の更新</source>
        <translation>Atualização do perfil divulgado</translation>
    </message>
    <message>
        <source>求職情報の公開の取り下げ</source>
        <translation>Retirada da divulgação do perfil</translation>
    </message>
    <message>
        <source>直接リクエストへの応募</source>
        <translation>Candidatura a convite direto</translation>
    </message>
    <message>
        <source>直接リクエストの辞退</source>
        <translation>Recusa de convite direto</translation>
    </message>
    <message>
        <source>事業所からのメッセージ</source>
        <translation>Mensagem da empresa</translation>
    </message>
    <message>
        <source>求職状態を有効に変更</source>
        <translation>Situação do cadastro alterada para ativo</translation>
    </message>
    <message>
        <source>端末登録の申請</source>
        <translation>Pedido de registro de terminal</translation>
    </message>
    <message>
        <source>端末登録の承認</source>
        <translation>Aprovação de registro de terminal</translation>
    </message>
    <message>
        <source>端末登録コードの誤り</source>
        <translation>Código de registro de terminal incorreto</translation>
    </message>
    <message>
        <source>端末への証明書の受け渡し</source>
        <translation>Entrega de certificado ao terminal</translation>
    </message>
    <message>
        <source>端末の登録取消</source>
        <translation>Cancelamento do registro de terminal</translation>
    </message>
    <message>
        <source>別の端末からのセッション利用（拒否）</source>
        <translation>Uso da sessão em outro terminal (negado)</translation>
    </message>
    <message>
        <source>仮登録の一時保存（新規）</source>
        <translation>Pré-cadastro salvo (novo)</translation>
    </message>
    <message>
        <source>仮登録の一時保存</source>
        <translation>Pré-cadastro salvo</translation>
    </message>
    <message>
        <source>仮登録の再開キー申込</source>
        <translation>Pedido de chave de retomada do pré-cadastro</translation>
    </message>
    <message>
        <source>仮登録の再開キー不一致</source>
        <translation>Chave de retomada do pré-cadastro incorreta</translation>
    </message>
    <message>
        <source>仮登録の再開</source>
        <translation>Retomada do pré-cadastro</translation>
    </message>
    <message>
        <source>仮登録の送信</source>
        <translation>Envio do pré-cadastro</translation>
    </message>
    <message>
        <source>仮登録の送信（一時保存なし）</source>
        <translation>Envio do pré-cadastro (sem salvar antes)</translation>
    </message>
    <message>
        <source>仮登録の検索</source>
        <translation>Busca de pré-cadastros</translation>
    </message>
    <message>
        <source>仮登録の閲覧</source>
        <translation>Consulta de pré-cadastro</translation>
    </message>
    <message>
        <source>仮登録の訂正</source>
        <translation>Correção de pré-cadastro</translation>
    </message>
    <message>
        <source>本登録（仮登録から）</source>
        <translation>Cadastro definitivo (a partir do pré-cadastro)</translation>
    </message>
    <message>
        <source>期限切れ仮登録の削除</source>
        <translation>Exclusão de pré-cadastros vencidos</translation>
    </message>
    <message>
        <source>応募書類の登録</source>
        <translation>Registro de documentos de candidatura</translation>
    </message>
    <message>
        <source>応募書類の閲覧（職員）</source>
        <translation>Consulta de documentos de candidatura (funcionário)</translation>
    </message>
    <message>
        <source>応募内容の閲覧（職員）</source>
        <translation>Consulta da candidatura (funcionário)</translation>
    </message>
    <message>
        <source>応募の書き出し（事業所向け）</source>
        <translation>Exportação da candidatura (para a empresa)</translation>
    </message>
    <message>
        <source>連絡先の変更（本人）</source>
        <translation>Alteração de contato (pelo candidato)</translation>
    </message>
    <message>
        <source>希望条件の変更（本人）</source>
        <translation>Alteração de preferências (pelo candidato)</translation>
    </message>
    <message>
        <source>求職情報提供への同意</source>
        <translation>Consentimento ao compartilhamento de dados (求職情報提供)</translation>
    </message>
    <message>
        <source>求職情報提供の同意取り消し</source>
        <translation>Retirada do consentimento ao compartilhamento de dados</translation>
    </message>
    <message>
        <source>本人による変更履歴の閲覧（職員）</source>
        <translation>Consulta do histórico de alterações do candidato (funcionário)</translation>
    </message>
    <message>
        <source>成功</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>失敗</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>拒否</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>ロック</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>ロックなし</source>
        <translation>Sem bloqueio</translation>
    </message>
    <message>
        <source>認証キー発行</source>
        <translation>Chave de autenticação emitida</translation>
    </message>
    <message>
        <source>開設済み（お知らせを送信）</source>
        <translation>Já aberta (aviso enviado)</translation>
    </message>
    <message>
        <source>未開設</source>
        <translation>Não aberta</translation>
    </message>
    <message>
        <source>登録内容と不一致</source>
        <translation>Não confere com o cadastro</translation>
    </message>
    <message>
        <source>回数制限</source>
        <translation>Limite de tentativas</translation>
    </message>
    <message>
        <source>端末の回数制限</source>
        <translation>Limite de tentativas do terminal</translation>
    </message>
    <message>
        <source>認証キー誤り</source>
        <translation>Chave de autenticação incorreta</translation>
    </message>
    <message>
        <source>認証キー無効化（誤り回数超過）</source>
        <translation>Chave de autenticação invalidada (erros demais)</translation>
    </message>
    <message>
        <source>認証キー期限切れ・使用済み</source>
        <translation>Chave de autenticação vencida ou já usada</translation>
    </message>
    <message>
        <source>現在のパスワード誤り</source>
        <translation>Senha atual incorreta</translation>
    </message>
    <message>
        <source>前回の残り</source>
        <translation>Restante da sessão anterior</translation>
    </message>
    <message>
        <source>無操作</source>
        <translation>Inatividade</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>別の端末でログイン</source>
        <translation>Login em outro terminal</translation>
    </message>
    <message>
        <source>メールアドレス変更</source>
        <translation>Troca de e-mail</translation>
    </message>
    <message>
        <source>職員が終了</source>
        <translation>Encerrada pelo funcionário</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>失敗の上限（再設定・解除が必要）</source>
        <translation>Limite de falhas (precisa redefinir ou desbloquear)</translation>
    </message>
    <message>
        <source>利用者用端末</source>
        <translation>Terminal para usuários</translation>
    </message>
    <message>
        <source>窓口端末</source>
        <translation>Terminal do balcão</translation>
    </message>
    <message>
        <source>職員端末</source>
        <translation>Terminal de funcionário</translation>
    </message>
    <message>
        <source>求職番号</source>
        <translation>Número de candidato (求職番号)</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>フリガナ・生年月日</source>
        <translation>Nome em katakana e data de nascimento</translation>
    </message>
    <message>
        <source>履歴書</source>
        <translation>Currículo (履歴書)</translation>
    </message>
    <message>
        <source>職務経歴書</source>
        <translation>Histórico profissional (職務経歴書)</translation>
    </message>
    <message>
        <source>「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。</source>
        <translation>Se você concordar com o compartilhamento de dados (求職情報提供), a HelloWork fornece seus dados de candidato a governos locais e agências de emprego (empresas privadas de recrutamento etc.). Eles podem indicar vagas adequadas para você.</translation>
    </message>
    <message>
        <source>・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。</source>
        <translation>・O que é fornecido: ocupação, local e salário desejados, idade, qualificações, experiência e outros dados cadastrados.</translation>
    </message>
    <message>
        <source>・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、ハローワークを通じてお知らせします。</source>
        <translation>・O que não é fornecido: nome, endereço, telefone, e-mail e outros contatos. Se quiserem falar com você, a HelloWork avisa você.</translation>
    </message>
    <message>
        <source>・同意はいつでも取り消せます。取り消した後は新たに提供しません。</source>
        <translation>・Você pode retirar o consentimento a qualquer momento. Depois disso, nada novo será fornecido.</translation>
    </message>
    <message>
        <source>・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。</source>
        <translation>・Enquanto a situação do cadastro for &quot;inativo&quot;, não é possível dar novo consentimento (retirar é possível).</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>パート</source>
        <translation>Meio período</translation>
    </message>
    <message>
        <source>一般（障害者）</source>
        <translation>Geral (pessoa com deficiência)</translation>
    </message>
    <message>
        <source>パート（障害者）</source>
        <translation>Meio período (pessoa com deficiência)</translation>
    </message>
    <message>
        <source>新卒・既卒</source>
        <translation>Recém-formados</translation>
    </message>
    <message>
        <source>季節</source>
        <translation>Sazonal</translation>
    </message>
    <message>
        <source>出稼ぎ</source>
        <translation>Trabalho temporário fora</translation>
    </message>
    <message>
        <source>正社員</source>
        <translation>Efetivo</translation>
    </message>
    <message>
        <source>正社員以外</source>
        <translation>Não efetivo</translation>
    </message>
    <message>
        <source>有期雇用派遣労働者</source>
        <translation>Temporário por agência (prazo fixo)</translation>
    </message>
    <message>
        <source>無期雇用派遣労働者</source>
        <translation>Temporário por agência (prazo indeterminado)</translation>
    </message>
    <message>
        <source>パート労働者</source>
        <translation>Meio período</translation>
    </message>
    <message>
        <source>月給</source>
        <translation>Salário mensal</translation>
    </message>
    <message>
        <source>日給</source>
        <translation>Diária</translation>
    </message>
    <message>
        <source>時給</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>希望条件</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>求職情報提供：提供する</source>
        <translation>Compartilhamento de dados: sim</translation>
    </message>
    <message>
        <source>求職情報提供：提供しない</source>
        <translation>Compartilhamento de dados: não</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>希望職種</source>
        <translation>Ocupação desejada</translation>
    </message>
    <message>
        <source>希望勤務地</source>
        <translation>Local de trabalho desejado</translation>
    </message>
    <message>
        <source>希望賃金</source>
        <translation>Salário desejado</translation>
    </message>
    <message>
        <source>求職情報提供</source>
        <translation>Compartilhamento de dados (求職情報提供)</translation>
    </message>
    <message>
        <source>ハローワークの利用者用端末</source>
        <translation>Terminal para usuários da HelloWork</translation>
    </message>
    <message>
        <source>ハローワークの窓口端末</source>
        <translation>Terminal do balcão da HelloWork</translation>
    </message>
    <message>
        <source>ご自身のパソコンなど</source>
        <translation>Seu computador etc.</translation>
    </message>
    <message>
        <source>一時保存中</source>
        <translation>Salvo (em andamento)</translation>
    </message>
    <message>
        <source>オンライン登録者</source>
        <translation>Cadastrado on-line</translation>
    </message>
    <message>
        <source>本登録済</source>
        <translation>Cadastro definitivo feito</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>回答しない</source>
        <translation>Prefiro não responder</translation>
    </message>
    <message>
        <source>正社員以外（契約社員・嘱託など）</source>
        <translation>Não efetivo (contrato, temporário etc.)</translation>
    </message>
    <message>
        <source>パートタイム</source>
        <translation>Meio período</translation>
    </message>
    <message>
        <source>派遣</source>
        <translation>Temporário (agência)</translation>
    </message>
    <message>
        <source>どれでもよい</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>仮登録番号（この画面またはメールに記載の番号）</source>
        <translation>Número do pré-cadastro (nesta tela ou no e-mail)</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード、運転免許証、在留カードなど）</source>
        <translation>Documento de identidade (My Number Card, carteira de motorista, Residence Card etc.)</translation>
    </message>
    <message>
        <source>雇用保険の離職票（お持ちの方）</source>
        <translation>Comprovante de desligamento do seguro-desemprego (雇用保険) (se tiver)</translation>
    </message>
    <message>
        <source>応募</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>ID（メールアドレス）を入力してください。</source>
        <translation>Digite o ID (e-mail).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に使用できない制御文字が含まれています。</source>
        <translation>O ID (e-mail) contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に全角文字（ひらがな・漢字など）が含まれています。半角英数字で入力してください。</source>
        <translation>O ID (e-mail) contém caracteres de largura total (hiragana, kanji etc.). Use letras e números de meia largura.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）に空白が含まれています。空白を取り除いてください。</source>
        <translation>O ID (e-mail) contém espaços. Remova os espaços.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）は半角英数字{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O ID (e-mail) deve ter até {max} caracteres de meia largura (agora: {length}).</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。「@」を含めて入力してください。</source>
        <translation>O formato do ID (e-mail) está incorreto. Inclua o &quot;@&quot;.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の「@」より前は{max}文字以内で入力してください。</source>
        <translation>A parte antes do &quot;@&quot; do ID (e-mail) deve ter até {max} caracteres.</translation>
    </message>
    <message>
        <source>ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp</source>
        <translation>O formato do ID (e-mail) está incorreto. Exemplo: hellowork@example.jp</translation>
    </message>
    <message>
        <source>生年月日の「年」を入力してください。</source>
        <translation>Digite o &quot;ano&quot; da data de nascimento.</translation>
    </message>
    <message>
        <source>生年月日の「月」を入力してください。</source>
        <translation>Digite o &quot;mês&quot; da data de nascimento.</translation>
    </message>
    <message>
        <source>生年月日の「日」を入力してください。</source>
        <translation>Digite o &quot;dia&quot; da data de nascimento.</translation>
    </message>
    <message>
        <source>生年月日は和暦ではなく西暦で入力してください（例: 1980）。</source>
        <translation>Digite a data de nascimento no calendário ocidental, não no japonês (ex.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁の半角数字で入力してください（例: 1980）。</source>
        <translation>Digite o &quot;ano&quot; com 4 algarismos de meia largura (ex.: 1980).</translation>
    </message>
    <message>
        <source>「年」は西暦4桁で入力してください（例: 1980）。</source>
        <translation>Digite o &quot;ano&quot; com 4 algarismos (ex.: 1980).</translation>
    </message>
    <message>
        <source>「月」は半角数字で入力してください（1〜12）。</source>
        <translation>Digite o &quot;mês&quot; com algarismos de meia largura (1 a 12).</translation>
    </message>
    <message>
        <source>「日」は半角数字で入力してください（1〜31）。</source>
        <translation>Digite o &quot;dia&quot; com algarismos de meia largura (1 a 31).</translation>
    </message>
    <message>
        <source>「年」は{min}年から{max}年までの西暦で入力してください。</source>
        <translation>Digite um &quot;ano&quot; entre {min} e {max}.</translation>
    </message>
    <message>
        <source>「月」は1から12までの数字で入力してください。</source>
        <translation>Digite um &quot;mês&quot; de 1 a 12.</translation>
    </message>
    <message>
        <source>「日」は1から31までの数字で入力してください。</source>
        <translation>Digite um &quot;dia&quot; de 1 a 31.</translation>
    </message>
    <message>
        <source>存在しない日付です。生年月日を確認してください。</source>
        <translation>Esta data não existe. Verifique a data de nascimento.</translation>
    </message>
    <message>
        <source>生年月日に未来の日付は入力できません。</source>
        <translation>A data de nascimento não pode ser no futuro.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <source>パスワードに空白（スペース）は使用できません。</source>
        <translation>A senha não pode ter espaços.</translation>
    </message>
    <message>
        <source>パスワードに全角文字（ひらがな・漢字など）が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>A senha contém caracteres de largura total (hiragana, kanji etc.). Use letras, números e símbolos de meia largura.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字（「é」のような記号付きの英字、ギリシャ文字など）が含まれています。半角の英字（a〜z、A〜Z）・数字・記号で入力してください。</source>
        <translation>A senha contém caracteres não permitidos (letras com acento como &quot;é&quot;, letras gregas etc.). Use letras (a–z, A–Z), números e símbolos de meia largura.</translation>
    </message>
    <message>
        <source>パスワードに絵文字などの使用できない文字が含まれています。半角の英字・数字・記号で入力してください。</source>
        <translation>A senha contém emojis ou outros caracteres não permitidos. Use letras, números e símbolos de meia largura.</translation>
    </message>
    <message>
        <source>パスワードは{min}桁以上で入力してください（現在{length}桁）。</source>
        <translation>A senha deve ter pelo menos {min} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>パスワードは{max}桁以内で入力してください（現在{length}桁）。</source>
        <translation>A senha deve ter no máximo {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>パスワードに半角英字を1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 letra na senha.</translation>
    </message>
    <message>
        <source>パスワードに半角数字を1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 número na senha.</translation>
    </message>
    <message>
        <source>パスワードに半角記号（!、#、% など）を1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 símbolo (!, #, % etc.) na senha.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角数字をそれぞれ1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 letra e 1 número na senha.</translation>
    </message>
    <message>
        <source>パスワードに半角英字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 letra e 1 símbolo na senha.</translation>
    </message>
    <message>
        <source>パスワードに半角数字と半角記号をそれぞれ1文字以上含めてください。</source>
        <translation>Inclua pelo menos 1 número e 1 símbolo na senha.</translation>
    </message>
    <message>
        <source>メールアドレス、生年月日、求職番号を含むパスワードは登録できません。</source>
        <translation>A senha não pode conter seu e-mail, data de nascimento ou número de candidato.</translation>
    </message>
    <message>
        <source>このパスワードはよく使われていて推測されやすいため登録できません。別のパスワードにしてください。</source>
        <translation>Esta senha é muito comum e fácil de adivinhar. Escolha outra senha.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。同じパスワードを入力してください。</source>
        <translation>A confirmação da senha não confere. Digite a mesma senha.</translation>
    </message>
    <message>
        <source>認証キーを入力してください。</source>
        <translation>Digite a chave de autenticação (認証キー).</translation>
    </message>
    <message>
        <source>認証キーはメールに記載の{length}桁の半角数字で入力してください。</source>
        <translation>Digite a chave de autenticação de {length} algarismos enviada por e-mail.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード登録をやり直してください。</source>
        <translation>A chave de autenticação está incorreta ou vencida. Verifique a chave no e-mail ou faça o cadastro de senha de novo desde o início.</translation>
    </message>
    <message>
        <source>認証キーが正しくないか、有効期限が切れています。メールの認証キーを確認するか、はじめからパスワード再設定をやり直してください。</source>
        <translation>A chave de autenticação está incorreta ou vencida. Verifique a chave no e-mail ou faça a redefinição de senha de novo desde o início.</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Preencha este campo.</translation>
    </message>
    <message>
        <source>使用できない文字が含まれています。</source>
        <translation>Contém caracteres não permitidos.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください。</source>
        <translation>Digite até {max} caracteres.</translation>
    </message>
    <message>
        <source>フリガナはカタカナかひらがなで入力してください。</source>
        <translation>Digite a leitura do nome (フリガナ) em katakana ou hiragana.</translation>
    </message>
    <message>
        <source>メールアドレスまたはパスワードが正しくありません。</source>
        <translation>E-mail ou senha incorretos.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、このIDではログインできません。「パスワードを忘れた方」からパスワードを再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Houve erros de senha demais seguidos. Não é possível entrar com este ID. Redefina a senha em &quot;Esqueci a senha&quot; ou fale com o balcão (窓口) da HelloWork.</translation>
    </message>
    <message>
        <source>選ばれた言語には対応していません。画面の言語を選び直してください。</source>
        <translation>O idioma escolhido não é compatível. Escolha novamente o idioma da tela.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意してください。</source>
        <translation>Aceite a &quot;Política de privacidade&quot; e os &quot;Termos de uso da Minha Página&quot;.</translation>
    </message>
    <message>
        <source>このメールアドレスは既に別の方のログインIDとして登録されています。</source>
        <translation>Este e-mail já está cadastrado como ID de login de outra pessoa.</translation>
    </message>
    <message>
        <source>該当する求職者が見つかりません。</source>
        <translation>Nenhum candidato encontrado.</translation>
    </message>
    <message>
        <source>職員IDは半角英小文字・数字・「.」「_」「-」の3〜40文字で入力してください。</source>
        <translation>O ID de funcionário deve ter 3 a 40 caracteres: letras minúsculas, números, &quot;.&quot;, &quot;_&quot; e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>この職員IDは既に使われています。</source>
        <translation>Este ID de funcionário já está em uso.</translation>
    </message>
    <message>
        <source>権限は「職員」または「管理者」を指定してください。</source>
        <translation>Escolha a permissão &quot;Funcionário&quot; ou &quot;Administrador&quot;.</translation>
    </message>
    <message>
        <source>電話番号は半角数字とハイフンで入力してください。</source>
        <translation>Digite o telefone com números e hífens de meia largura.</translation>
    </message>
    <message>
        <source>フリーワードは{max}文字以内で入力してください。</source>
        <translation>Digite até {max} caracteres nas palavras-chave.</translation>
    </message>
    <message>
        <source>フリーワードに使用できない文字が含まれています。</source>
        <translation>As palavras-chave contêm caracteres não permitidos.</translation>
    </message>
    <message>
        <source>フリーワードは{max}語以内で入力してください。</source>
        <translation>Digite até {max} palavras-chave.</translation>
    </message>
    <message>
        <source>フリーワードに検索できる文字（漢字・かな・英数字）が含まれていません。</source>
        <translation>As palavras-chave não têm caracteres pesquisáveis (kanji, kana, letras, números).</translation>
    </message>
    <message>
        <source>求人区分の指定が正しくありません。</source>
        <translation>Tipo de vaga inválido.</translation>
    </message>
    <message>
        <source>都道府県の指定が正しくありません。</source>
        <translation>Província inválida.</translation>
    </message>
    <message>
        <source>賃金は半角数字で入力してください（例: 180000）。</source>
        <translation>Digite o salário com números de meia largura (ex.: 180000).</translation>
    </message>
    <message>
        <source>雇用形態の指定が正しくありません。</source>
        <translation>Forma de contratação inválida.</translation>
    </message>
    <message>
        <source>受付日の範囲は1〜365日で指定してください。</source>
        <translation>O período de recebimento deve ser de 1 a 365 dias.</translation>
    </message>
    <message>
        <source>求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Digite o número da vaga (求人番号) como &quot;5 dígitos-8 dígitos&quot; (ex.: 06010-12345678).</translation>
    </message>
    <message>
        <source>事業所番号は「4桁-6桁-1桁」の11桁の数字で入力してください（例: 0601-234567-2）。最後の1桁（チェック数字）が合わない番号は使えません。</source>
        <translation>Digite o número da empresa (事業所番号) com 11 dígitos: &quot;4-6-1&quot; (ex.: 0601-234567-2). Números com o último dígito (verificador) errado não são aceitos.</translation>
    </message>
    <message>
        <source>条件の名前を入力してください。</source>
        <translation>Digite um nome para a busca.</translation>
    </message>
    <message>
        <source>条件の名前は{max}文字以内で入力してください。</source>
        <translation>O nome da busca deve ter até {max} caracteres.</translation>
    </message>
    <message>
        <source>保存できる検索条件は{max}件までです。不要な条件を削除してから保存してください。</source>
        <translation>Você pode salvar até {max} buscas. Exclua as que não usa e salve de novo.</translation>
    </message>
    <message>
        <source>キープできる求人は{max}件までです。不要な求人をキープから外してください。</source>
        <translation>Você pode guardar até {max} vagas. Remova as vagas que não precisa.</translation>
    </message>
    <message>
        <source>この求人は見つかりません。</source>
        <translation>Vaga não encontrada.</translation>
    </message>
    <message>
        <source>この検索条件は見つかりません。</source>
        <translation>Busca salva não encontrada.</translation>
    </message>
    <message>
        <source>求職情報が「無効」のため、この機能は使えません。登録内容は「求職者情報」で確認できます。求職活動を再開するときは、求職状態を「有効」に切り替えてください。</source>
        <translation>Seu cadastro está &quot;inativo&quot;, então esta função não está disponível. Veja seus dados em &quot;Dados do candidato&quot;. Para voltar a procurar emprego, mude a situação do cadastro para &quot;ativo&quot;.</translation>
    </message>
    <message>
        <source>求職情報が無効になってから{days}日を超えたため、マイページから「有効」に戻すことはできません。お手数ですが、最寄りのハローワークにお越しください。</source>
        <translation>Seu cadastro está inativo há mais de {days} dias e não pode voltar a &quot;ativo&quot; pela Minha Página. Por favor, vá à HelloWork mais próxima.</translation>
    </message>
    <message>
        <source>求職状態は「有効」か「無効」を指定してください。</source>
        <translation>Escolha &quot;ativo&quot; ou &quot;inativo&quot; para a situação do cadastro.</translation>
    </message>
    <message>
        <source>この紹介は見つかりません。</source>
        <translation>Encaminhamento não encontrado.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため紹介できません。</source>
        <translation>Esta vaga está encerrada e não pode ser encaminhada.</translation>
    </message>
    <message>
        <source>この求職者の求職情報は「無効」のため紹介できません。先に求職登録を更新してください。</source>
        <translation>O cadastro deste candidato está &quot;inativo&quot; e não pode ser encaminhado. Atualize o cadastro antes.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください。</source>
        <translation>As observações devem ter até {max} caracteres.</translation>
    </message>
    <message>
        <source>備考に使用できない文字が含まれています。</source>
        <translation>As observações contêm caracteres não permitidos.</translation>
    </message>
    <message>
        <source>求職番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。</source>
        <translation>Digite o número de candidato (求職番号) como &quot;5 dígitos-8 dígitos&quot; (ex.: 06010-12345678).</translation>
    </message>
    <message>
        <source>この応募は見つかりません。</source>
        <translation>Candidatura não encontrada.</translation>
    </message>
    <message>
        <source>この求人には既に応募しています。同じ求人に二度応募することはできません（応募履歴をご確認ください）。</source>
        <translation>Você já se candidatou a esta vaga. Não é possível se candidatar duas vezes (veja o histórico de candidaturas).</translation>
    </message>
    <message>
        <source>この求人はオンライン自主応募を受け付けていません。応募を希望する場合は、ハローワークの窓口で紹介を受けてください。</source>
        <translation>Esta vaga não aceita candidatura on-line direta (オンライン自主応募). Para se candidatar, peça um encaminhamento no balcão (窓口) da HelloWork.</translation>
    </message>
    <message>
        <source>この求人は募集を終了しているため応募できません。</source>
        <translation>Esta vaga está encerrada. Não é possível se candidatar.</translation>
    </message>
    <message>
        <source>応募状況を「{current}」から「{target}」に変更することはできません。</source>
        <translation>Não é possível mudar a situação da candidatura de &quot;{current}&quot; para &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>応募状況が「{status}」のため、辞退の手続きはできません。</source>
        <translation>A situação da candidatura é &quot;{status}&quot;. Não é possível desistir.</translation>
    </message>
    <message>
        <source>応募状況「{status}」は指定できません（書類選考中・面接予定・選考中・採用・不採用・辞退・取消のいずれか）。</source>
        <translation>A situação &quot;{status}&quot; não é válida (use: análise de documentos, entrevista marcada, em seleção, contratado, não aprovado, desistência ou cancelado).</translation>
    </message>
    <message>
        <source>「面接予定」には面接の日時を指定してください。</source>
        <translation>Para &quot;Entrevista marcada&quot;, informe a data e a hora da entrevista.</translation>
    </message>
    <message>
        <source>この応募には面接の予定が登録されていません。</source>
        <translation>Esta candidatura não tem entrevista marcada.</translation>
    </message>
    <message>
        <source>面接日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>A data da entrevista deve estar entre {earliest} e {latest}.</translation>
    </message>
    <message>
        <source>日時は{earliest}から{latest}までの日時で指定してください。</source>
        <translation>A data deve estar entre {earliest} e {latest}.</translation>
    </message>
    <message>
        <source>この面接の日時はカレンダー（.ics）に保存できません。日時をハローワークにご確認ください。</source>
        <translation>Não é possível salvar esta entrevista no calendário (.ics). Confirme a data com a HelloWork.</translation>
    </message>
    <message>
        <source>備考を入力してください。</source>
        <translation>Digite as observações.</translation>
    </message>
    <message>
        <source>備考は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>As observações devem ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>備考に使用できない制御文字が含まれています。</source>
        <translation>As observações contêm caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>面接場所を入力してください。</source>
        <translation>Digite o local da entrevista.</translation>
    </message>
    <message>
        <source>面接場所は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O local da entrevista deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>面接場所に使用できない制御文字が含まれています。</source>
        <translation>O local da entrevista contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>志望動機を入力してください。</source>
        <translation>Digite o motivo da candidatura.</translation>
    </message>
    <message>
        <source>志望動機は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O motivo da candidatura deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>志望動機に使用できない制御文字が含まれています。</source>
        <translation>O motivo da candidatura contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>添付できる書類は履歴書と職務経歴書の各1通までです。</source>
        <translation>Você pode anexar 1 currículo e 1 histórico profissional.</translation>
    </message>
    <message>
        <source>この書類は見つかりません。もう一度添付してください。</source>
        <translation>Documento não encontrado. Anexe de novo.</translation>
    </message>
    <message>
        <source>{kind}はPDFファイルではないため添付できません。PDF形式で保存したファイルを選んでください。</source>
        <translation>{kind}: o arquivo não é PDF. Escolha um arquivo salvo em PDF.</translation>
    </message>
    <message>
        <source>{kind}のファイルが大きすぎます（{max_mb}MBまで）。</source>
        <translation>{kind}: o arquivo é grande demais (até {max_mb} MB).</translation>
    </message>
    <message>
        <source>{kind}のファイルが空です。</source>
        <translation>{kind}: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>{kind}のPDFにスクリプトや埋め込みファイルが含まれているため添付できません。</source>
        <translation>{kind}: o PDF contém scripts ou arquivos embutidos e não pode ser anexado.</translation>
    </message>
    <message>
        <source>書類の種類「{kind}」は指定できません（履歴書・職務経歴書）。</source>
        <translation>O tipo de documento &quot;{kind}&quot; não é válido (currículo ou histórico profissional).</translation>
    </message>
    <message>
        <source>書類の送信が途中で途切れました。もう一度添付してください。</source>
        <translation>O envio do documento foi interrompido. Anexe de novo.</translation>
    </message>
    <message>
        <source>メッセージを入力してください。</source>
        <translation>Digite a mensagem.</translation>
    </message>
    <message>
        <source>メッセージは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>A mensagem deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>メッセージに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>A mensagem contém caracteres de controle não permitidos (quebras de linha são permitidas).</translation>
    </message>
    <message>
        <source>この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。</source>
        <translation>A empresa desta vaga não usa a &quot;Minha Página para empresas&quot;, então não é possível enviar mensagens pela Minha Página.</translation>
    </message>
    <message>
        <source>このお知らせは見つかりません。</source>
        <translation>Aviso não encontrado.</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Digite o assunto.</translation>
    </message>
    <message>
        <source>件名は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O assunto deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>件名に使用できない制御文字が含まれています。</source>
        <translation>O assunto contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>本文を入力してください。</source>
        <translation>Digite o texto.</translation>
    </message>
    <message>
        <source>本文は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O texto deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>本文に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>O texto contém caracteres de controle não permitidos (quebras de linha são permitidas).</translation>
    </message>
    <message>
        <source>イベントは {{...}} の形式（JSON オブジェクト）で記述してください。</source>
        <translation>Escreva cada evento no formato {{...}} (objeto JSON).</translation>
    </message>
    <message>
        <source>event_id は1〜64文字の半角英数字と「.」「_」「:」「-」で指定してください。</source>
        <translation>O event_id deve ter 1 a 64 caracteres: letras, números, &quot;.&quot;, &quot;_&quot;, &quot;:&quot; e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>同じ event_id のイベントがファイル内で重複しています。</source>
        <translation>Há eventos com o mesmo event_id repetidos no arquivo.</translation>
    </message>
    <message>
        <source>type は &quot;status&quot;・&quot;message&quot;・&quot;direct_request&quot; のいずれかを指定してください。</source>
        <translation>Em type, use &quot;status&quot;, &quot;message&quot; ou &quot;direct_request&quot;.</translation>
    </message>
    <message>
        <source>application には紹介番号か応募番号を文字列で指定してください。</source>
        <translation>Em application, informe o número do encaminhamento ou da candidatura como texto.</translation>
    </message>
    <message>
        <source>application「{number}」に該当する応募がありません。</source>
        <translation>Nenhuma candidatura corresponde a application &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>{field} は文字列で指定してください。</source>
        <translation>{field} deve ser um texto.</translation>
    </message>
    <message>
        <source>{field}「{value}」は日時として読めません（例: 2026-12-01T14:00:00+09:00）。</source>
        <translation>{field} &quot;{value}&quot; não é uma data e hora válida (ex.: 2026-12-01T14:00:00+09:00).</translation>
    </message>
    <message>
        <source>不明な項目「{field}」があります。</source>
        <translation>Campo desconhecido: &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>希望職種を入力してください。</source>
        <translation>Digite a ocupação desejada.</translation>
    </message>
    <message>
        <source>希望職種は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>A ocupação desejada deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>希望職種に使用できない制御文字が含まれています。</source>
        <translation>A ocupação desejada contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>希望勤務地を入力してください。</source>
        <translation>Digite o local de trabalho desejado.</translation>
    </message>
    <message>
        <source>希望勤務地は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>O local de trabalho desejado deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>希望勤務地に使用できない制御文字が含まれています。</source>
        <translation>O local de trabalho desejado contém caracteres de controle não permitidos.</translation>
    </message>
    <message>
        <source>経験を入力してください。</source>
        <translation>Digite sua experiência.</translation>
    </message>
    <message>
        <source>経験は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>A experiência deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>経験に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>A experiência contém caracteres de controle não permitidos (quebras de linha são permitidas).</translation>
    </message>
    <message>
        <source>資格を入力してください。</source>
        <translation>Digite suas qualificações.</translation>
    </message>
    <message>
        <source>資格は{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>As qualificações devem ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>資格に使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>As qualificações contêm caracteres de controle não permitidos (quebras de linha são permitidas).</translation>
    </message>
    <message>
        <source>自己PRを入力してください。</source>
        <translation>Digite sua apresentação pessoal.</translation>
    </message>
    <message>
        <source>自己PRは{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>A apresentação pessoal deve ter até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>自己PRに使用できない制御文字が含まれています（改行は使えます）。</source>
        <translation>A apresentação pessoal contém caracteres de controle não permitidos (quebras de linha são permitidas).</translation>
    </message>
    <message>
        <source>公開する内容にメールアドレスや電話番号は書けません。連絡先は公開されません。</source>
        <translation>Não escreva e-mail nem telefone no conteúdo divulgado. Seus contatos não são divulgados.</translation>
    </message>
    <message>
        <source>この直接リクエストは見つかりません。</source>
        <translation>Convite direto não encontrado.</translation>
    </message>
    <message>
        <source>この直接リクエストには回答済みです。</source>
        <translation>Você já respondeu a este convite direto.</translation>
    </message>
    <message>
        <source>回答は「応募」か「辞退」を指定してください。</source>
        <translation>Responda &quot;Candidatar-se&quot; ou &quot;Recusar&quot;.</translation>
    </message>
    <message>
        <source>posting には求人番号を文字列で指定してください。</source>
        <translation>Em posting, informe o número da vaga como texto.</translation>
    </message>
    <message>
        <source>posting「{number}」に該当する求人がありません。</source>
        <translation>Nenhuma vaga corresponde a posting &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>posting「{number}」は募集を終了しているか、オンライン自主応募を受け付けていません。</source>
        <translation>A vaga posting &quot;{number}&quot; está encerrada ou não aceita candidatura on-line direta.</translation>
    </message>
    <message>
        <source>seeker には求職公開番号（K で始まる10文字）を指定してください。</source>
        <translation>Em seeker, informe o número de divulgação do perfil (10 caracteres, começando com K).</translation>
    </message>
    <message>
        <source>seeker「{number}」の求職情報は公開されていません（公開を取り下げたか、求職登録が無効です）。</source>
        <translation>O perfil de seeker &quot;{number}&quot; não está divulgado (a divulgação foi retirada ou o cadastro está inativo).</translation>
    </message>
    <message>
        <source>この求職者にはこの求人の直接リクエストを送信済みです（1求人につき1回まで）。</source>
        <translation>Este candidato já recebeu um convite direto para esta vaga (1 por vaga).</translation>
    </message>
    <message>
        <source>この求人の直接リクエストは上限の{max}件に達しています。</source>
        <translation>Esta vaga já atingiu o limite de {max} convites diretos.</translation>
    </message>
    <message>
        <source>現在のパスワードを入力してください。</source>
        <translation>Digite a senha atual.</translation>
    </message>
    <message>
        <source>現在のパスワードが正しくありません。</source>
        <translation>A senha atual está incorreta.</translation>
    </message>
    <message>
        <source>現在のパスワードの入力に続けて失敗したため、{seconds}秒待ってからやり直してください。</source>
        <translation>Houve erros seguidos na senha atual. Aguarde {seconds} segundos e tente de novo.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、パスワードを変更できません。ログアウトして「パスワードを忘れた方」から再設定するか、ハローワークの窓口にお問い合わせください。</source>
        <translation>Houve erros de senha demais seguidos. Não é possível trocar a senha. Saia e redefina a senha em &quot;Esqueci a senha&quot; ou fale com o balcão (窓口) da HelloWork.</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。</source>
        <translation>A nova senha é igual à atual. Escolha outra senha.</translation>
    </message>
    <message>
        <source>ログアウトしました。</source>
        <translation>Você saiu.</translation>
    </message>
    <message>
        <source>別のパソコンで同じIDのログインがあったため、ログアウトしました。心当たりがない場合は、パスワードを変更してください。</source>
        <translation>Você saiu porque alguém entrou com o mesmo ID em outro computador. Se não foi você, troque a senha.</translation>
    </message>
    <message>
        <source>一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Você saiu por inatividade. Entre de novo.</translation>
    </message>
    <message>
        <source>ログインの有効時間を過ぎたため、ログアウトしました。もう一度ログインしてください。</source>
        <translation>Você saiu porque o tempo da sessão acabou. Entre de novo.</translation>
    </message>
    <message>
        <source>パスワードが再設定されたため、ログアウトしました。</source>
        <translation>Você saiu porque a senha foi redefinida.</translation>
    </message>
    <message>
        <source>パスワードが変更されたため、ログアウトしました。</source>
        <translation>Você saiu porque a senha foi trocada.</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）が変更されたため、ログアウトしました。</source>
        <translation>Você saiu porque o ID de login (e-mail) foi trocado.</translation>
    </message>
    <message>
        <source>ハローワークの職員の操作により、ログアウトしました。</source>
        <translation>Você saiu por ação de um funcionário da HelloWork.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したため、ログアウトしました。</source>
        <translation>Você saiu por causa de erros de senha seguidos.</translation>
    </message>
    <message>
        <source>サービスに接続できない状態が続いたため、安全のためログアウトしました。しばらくしてから、もう一度ログインしてください。</source>
        <translation>Por segurança, você saiu porque o serviço ficou muito tempo sem conexão. Aguarde um pouco e entre de novo.</translation>
    </message>
    <message>
        <source>前回の利用が正しく終了していなかったため、ログアウトしました。</source>
        <translation>Você saiu porque o último uso não foi encerrado corretamente.</translation>
    </message>
    <message>
        <source>ログアウトしました。もう一度ログインしてください。</source>
        <translation>Você saiu. Entre de novo.</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが正しくありません。</source>
        <translation>ID de funcionário ou senha incorretos.</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗した回数が上限に達したため、この職員IDは使用できません。管理者にパスワードの再発行を依頼してください。</source>
        <translation>Houve erros de senha demais seguidos. Este ID de funcionário não pode ser usado. Peça ao administrador uma nova senha.</translation>
    </message>
    <message>
        <source>パスワードが正しくありません。</source>
        <translation>Senha incorreta.</translation>
    </message>
    <message>
        <source>この操作の前に、パスワードをもう一度入力してください。</source>
        <translation>Antes desta operação, digite a senha de novo.</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。先にパスワードを変更してください。</source>
        <translation>Você ainda usa a senha inicial. Troque a senha primeiro.</translation>
    </message>
    <message>
        <source>この操作は管理者のみが行えます。</source>
        <translation>Só administradores podem fazer esta operação.</translation>
    </message>
    <message>
        <source>確認した本人確認書類を選んでください。</source>
        <translation>Escolha o documento de identidade verificado.</translation>
    </message>
    <message>
        <source>この職員IDのアカウントはありません。</source>
        <translation>Não existe conta com este ID de funcionário.</translation>
    </message>
    <message>
        <source>求職番号、フリガナと生年月日、メールアドレスのいずれかを入力してください。</source>
        <translation>Digite o número de candidato, o nome em katakana com a data de nascimento, ou o e-mail.</translation>
    </message>
    <message>
        <source>この求職者にはログインID（メールアドレス）が登録されていません。</source>
        <translation>Este candidato não tem ID de login (e-mail) cadastrado.</translation>
    </message>
    <message>
        <source>現在と同じメールアドレスです。</source>
        <translation>É o mesmo e-mail atual.</translation>
    </message>
    <message>
        <source>期間の指定が正しくありません（開始が終了より後になっています）。</source>
        <translation>Período inválido (o início está depois do fim).</translation>
    </message>
    <message>
        <source>登録コードを入力してください（新しいパソコンの画面に表示されています）。</source>
        <translation>Digite o código de registro (aparece na tela do novo computador).</translation>
    </message>
    <message>
        <source>登録コードは、新しいパソコンの画面に表示された英字8文字を入力してください（例: BCDF-GHJK。A・E・I・O・U・Y と数字は使われていません）。</source>
        <translation>Digite as 8 letras do código de registro mostrado na tela do novo computador (ex.: BCDF-GHJK. Não são usados A, E, I, O, U, Y nem números).</translation>
    </message>
    <message>
        <source>登録コードが正しくないか、有効期限が切れているか、既に使われています。新しいパソコンの画面のコードを確かめてください。期限が切れたときは、そのパソコンで登録をやり直してください。</source>
        <translation>O código de registro está incorreto, vencido ou já foi usado. Confira o código na tela do novo computador. Se venceu, faça o registro de novo naquele computador.</translation>
    </message>
    <message>
        <source>登録コードの誤りが続いたため、しばらく承認できません。15分ほど待ってからやり直してください。</source>
        <translation>Houve erros seguidos no código de registro. Aguarde uns 15 minutos e tente de novo.</translation>
    </message>
    <message>
        <source>この端末は見つかりません。一覧を更新してください。</source>
        <translation>Terminal não encontrado. Atualize a lista.</translation>
    </message>
    <message>
        <source>このパソコンは事務所のサーバーに接続していないため、端末を承認できません。事務所のサーバーに接続した職員コンソールで承認してください。</source>
        <translation>Este computador não está conectado ao servidor do escritório e não pode aprovar terminais. Aprove no console de funcionários conectado ao servidor do escritório.</translation>
    </message>
    <message>
        <source>端末の種別は kiosk（利用者用端末）、counter（窓口端末）、staff（職員端末）のいずれかを指定してください。</source>
        <translation>Use kiosk (terminal para usuários), counter (terminal do balcão) ou staff (terminal de funcionário) como tipo de terminal.</translation>
    </message>
    <message>
        <source>端末の名前は1〜60文字で、改行や制御文字を含めずに指定してください。</source>
        <translation>O nome do terminal deve ter 1 a 60 caracteres, sem quebras de linha nem caracteres de controle.</translation>
    </message>
    <message>
        <source>端末の証明書要求が正しくありません。登録をはじめからやり直してください。</source>
        <translation>O pedido de certificado do terminal é inválido. Faça o registro de novo desde o início.</translation>
    </message>
    <message>
        <source>承認待ちの端末登録が多すぎるため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Há registros de terminal demais aguardando aprovação. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>この端末（利用者用端末）からは職員コンソールを使えません。窓口端末か職員端末を使ってください。</source>
        <translation>Não é possível usar o console de funcionários neste terminal (terminal para usuários). Use um terminal do balcão ou de funcionário.</translation>
    </message>
    <message>
        <source>中学校・高等学校に在学中の方は、オンラインで求職仮登録をすることはできません。在学中の学校（進路指導の先生）にご相談いただくか、ハローワークの学卒担当の窓口にお越しください。</source>
        <translation>Alunos do ensino fundamental II ou médio não podem fazer o pré-cadastro (仮登録) on-line. Fale com sua escola (orientação de carreira) ou vá ao balcão para recém-formados da HelloWork.</translation>
    </message>
    <message>
        <source>{max}文字以内で入力してください（現在{length}文字）。</source>
        <translation>Digite até {max} caracteres (agora: {length}).</translation>
    </message>
    <message>
        <source>{max}行まで入力できます。</source>
        <translation>Você pode digitar até {max} linhas.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように半角で入力してください。</source>
        <translation>Digite ano e mês no calendário ocidental, em meia largura, como &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>1900年から現在までの年月を入力してください。</source>
        <translation>Digite um ano e mês entre 1900 e hoje.</translation>
    </message>
    <message>
        <source>終わりの年月が始めの年月より前になっています。</source>
        <translation>O mês final está antes do mês inicial.</translation>
    </message>
    <message>
        <source>一覧から選んでください。</source>
        <translation>Escolha da lista.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の半角数字で入力してください（例: 990-0000）。</source>
        <translation>Digite o CEP com 7 algarismos de meia largura (ex.: 990-0000).</translation>
    </message>
    <message>
        <source>仮登録番号は10桁の数字で入力してください（例: 12345-67890）。</source>
        <translation>Digite o número do pré-cadastro com 10 algarismos (ex.: 12345-67890).</translation>
    </message>
    <message>
        <source>仮登録番号、またはフリガナと生年月日を入力してください。</source>
        <translation>Digite o número do pré-cadastro, ou o nome em katakana e a data de nascimento.</translation>
    </message>
    <message>
        <source>この仮登録は見つかりません。有効期限が過ぎて削除された可能性があります。</source>
        <translation>Pré-cadastro não encontrado. Ele pode ter sido excluído por vencimento.</translation>
    </message>
    <message>
        <source>この仮登録は既に本登録済みです。</source>
        <translation>Este pré-cadastro já virou cadastro definitivo (本登録).</translation>
    </message>
    <message>
        <source>このパソコンからの申込みが集中しているため、受け付けられません。しばらくしてからやり直してください。</source>
        <translation>Há pedidos demais deste computador. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>一時保存した内容は有効期限が過ぎたため削除されました。はじめから入力してください。</source>
        <translation>O conteúdo salvo venceu e foi excluído. Preencha desde o início.</translation>
    </message>
    <message>
        <source>登録内容と同じです。変更する項目を入力してください。</source>
        <translation>É igual ao cadastrado. Digite o que deseja mudar.</translation>
    </message>
    <message>
        <source>「求職情報提供」の説明が更新されました。表示された説明を確認してから、もう一度同意してください。</source>
        <translation>A explicação do compartilhamento de dados (求職情報提供) foi atualizada. Leia a explicação mostrada e dê o consentimento de novo.</translation>
    </message>
    <message>
        <source>求職状態が「無効」のため、求職情報提供に同意することはできません。「有効」に戻してから、もう一度お試しください。</source>
        <translation>Sua situação de cadastro está &quot;inativa&quot;, então não é possível consentir com o compartilhamento de dados. Volte para &quot;ativo&quot; e tente de novo.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <translation>Carteira de motorista</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number Card</translation>
    </message>
    <message>
        <source>在留カード</source>
        <translation>Residence Card (在留カード)</translation>
    </message>
    <message>
        <source>健康保険証</source>
        <translation>Cartão do seguro de saúde</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>ご本人による変更</source>
        <translation>Alteração pelo candidato</translation>
    </message>
    <message>
        <source>有効期限の経過</source>
        <translation>Fim da validade</translation>
    </message>
    <message>
        <source>ハローワーク 求職者マイページ</source>
        <translation>HelloWork Minha Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>デモモード（デモ用データとデモ用メールボックス）</source>
        <translation>Modo demonstração (dados e caixa de e-mail de demonstração)</translation>
    </message>
    <message>
        <source>ハローワーク内の共用パソコン向けの動作</source>
        <translation>Modo para computadores compartilhados da HelloWork</translation>
    </message>
    <message>
        <source>職員用の窓口コンソールを開く</source>
        <translation>Abrir o console de balcão para funcionários</translation>
    </message>
    <message>
        <source>全画面をPNGに書き出して終了</source>
        <translation>Exportar todas as telas em PNG e sair</translation>
    </message>
    <message>
        <source>--render-screens: 言語（ja,en,… または all）</source>
        <translation>--render-screens: idiomas (ja,en,… ou all)</translation>
    </message>
    <message>
        <source>--render-screens: 表示（100,200,high_contrast）</source>
        <translation>--render-screens: aparências (100,200,high_contrast)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了</source>
        <translation>Mostrar a versão e sair</translation>
    </message>
    <message>
        <source>応募日</source>
        <translation>Data da candidatura</translation>
    </message>
    <message>
        <source>応募番号</source>
        <translation>Nº da candidatura</translation>
    </message>
    <message>
        <source>応募経路</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>事業所名</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>職種</source>
        <translation>Ocupação</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>状況の更新日</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>次の面接</source>
        <translation>Próxima entrevista</translation>
    </message>
    <message>
        <source>未読メッセージ</source>
        <translation>Mensagens não lidas</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を利用していないため、メッセージはありません。</source>
        <translation>Esta empresa não usa a &quot;Minha Página para empresas&quot;, então não há mensagens.</translation>
    </message>
    <message>
        <source>{count}件</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>応募履歴</source>
        <translation>Histórico de candidaturas</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Filtrar por situação</translation>
    </message>
    <message>
        <source>最新の情報に更新</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>状況(&amp;S)：</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と応募した求人票が下に表示されます。</source>
        <translation>Situação das candidaturas por encaminhamento e on-line diretas. Escolha uma linha para ver abaixo o histórico e a ficha da vaga (求人票).</translation>
    </message>
    <message>
        <source>読み込んでいます…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」から応募した求人が、ここに表示されます。</source>
        <translation>Nenhuma candidatura. Vagas encaminhadas pela HelloWork ou às quais você se candidatou em &quot;Candidatar-se&quot; na ficha da vaga aparecem aqui.</translation>
    </message>
    <message>
        <source>状況が「{status}」の応募はありません。</source>
        <translation>Nenhuma candidatura com a situação &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>応募番号 {number}（{company}）を辞退しました。</source>
        <translation>Você desistiu da candidatura nº {number} ({company}).</translation>
    </message>
    <message>
        <source>求人番号</source>
        <translation>Nº da vaga (求人番号)</translation>
    </message>
    <message>
        <source>現在の状況</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>辞退する</source>
        <translation>Desistir</translation>
    </message>
    <message>
        <source>面接予定をカレンダーに保存（.ics）</source>
        <translation>Salvar entrevista no calendário (.ics)</translation>
    </message>
    <message>
        <source>メッセージを見る</source>
        <translation>Ver mensagens</translation>
    </message>
    <message>
        <source>求人票を見る</source>
        <translation>Ver ficha da vaga</translation>
    </message>
    <message>
        <source>状況の履歴</source>
        <translation>Histórico da situação</translation>
    </message>
    <message>
        <source>応募した求人票（応募した時点の内容）</source>
        <translation>Ficha da vaga (como estava na candidatura)</translation>
    </message>
    <message>
        <source>応募の内容</source>
        <translation>Dados da candidatura</translation>
    </message>
    <message>
        <source>{company}&#x3000;{occupation}</source>
        <translation>{company}&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>{source}（紹介番号 {number}）</source>
        <translation>{source} (encaminhamento nº {number})</translation>
    </message>
    <message>
        <source>「{status}」の応募は辞退できません。</source>
        <translation>Não é possível desistir de uma candidatura &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>メッセージを見る（未読 {count}件）</source>
        <translation>Ver mensagens ({count} não lidas)</translation>
    </message>
    <message>
        <source>応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。</source>
        <translation>Escolha uma candidatura para ver aqui o histórico e a ficha da vaga.</translation>
    </message>
    <message>
        <source>&#x3000;場所：{place}</source>
        <translation>&#x3000;Local: {place}</translation>
    </message>
    <message>
        <source>予定はありません（これまでの面接は「状況の履歴」をご覧ください）</source>
        <translation>Nada marcado (entrevistas anteriores estão no &quot;Histórico da situação&quot;)</translation>
    </message>
    <message>
        <source>予定はありません</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>記録</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>面接日時</source>
        <translation>Data da entrevista</translation>
    </message>
    <message>
        <source>面接場所</source>
        <translation>Local da entrevista</translation>
    </message>
    <message>
        <source>備考・連絡事項</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>iCalendar ファイル (*.ics)</source>
        <translation>Arquivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、もう一度お試しください。（{reason}）</source>
        <translation>Não foi possível salvar o arquivo. Verifique a pasta e o espaço livre e tente de novo. ({reason})</translation>
    </message>
    <message>
        <source>面接の予定を保存しました：{path}
カレンダーのアプリでこのファイルを開くと、予定に追加できます。ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。</source>
        <translation>Entrevista salva: {path}
Abra este arquivo no app de calendário para adicioná-la. Em computadores compartilhados, como os da HelloWork, apague o arquivo depois.</translation>
    </message>
    <message>
        <source>面接_{number}.ics</source>
        <translation>entrevista_{number}.ics</translation>
    </message>
    <message>
        <source>面接予定の保存（.ics）</source>
        <translation>Salvar entrevista (.ics)</translation>
    </message>
    <message>
        <source>すべて</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。</source>
        <translation>Não foi possível processar agora. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>次の応募を辞退します。

事業所名：{company}
職種：{occupation}
応募番号：{number}</source>
        <translation>Você vai desistir desta candidatura.

Empresa: {company}
Ocupação: {occupation}
Nº da candidatura: {number}</translation>
    </message>
    <message>
        <source>辞退すると、元に戻すことはできません。同じ求人にもう一度応募することもできません。</source>
        <translation>A desistência não pode ser desfeita. Você também não poderá se candidatar de novo a esta vaga.</translation>
    </message>
    <message>
        <source>事業所への連絡事項（任意・{max}文字以内）</source>
        <translation>Recado para a empresa (opcional, até {max} caracteres)</translation>
    </message>
    <message>
        <source>例：他社への就職が決まったため</source>
        <translation>Ex.: consegui emprego em outra empresa</translation>
    </message>
    <message>
        <source>事業所への連絡事項</source>
        <translation>Recado para a empresa</translation>
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
Ocupação: {occupation}
Nº da vaga: {number}</translation>
    </message>
    <message>
        <source>志望動機（必須・{max}文字以内）</source>
        <translation>Motivo da candidatura (obrigatório, até {max} caracteres)</translation>
    </message>
    <message>
        <source>志望動機</source>
        <translation>Motivo da candidatura</translation>
    </message>
    <message>
        <source>この求人に応募する理由、活かせる経験などを書いてください。</source>
        <translation>Escreva por que quer esta vaga e que experiência pode usar.</translation>
    </message>
    <message>
        <source>応募書類（PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Documentos (PDF, até {mb} MB por arquivo)</translation>
    </message>
    <message>
        <source>応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。</source>
        <translation>Ao se candidatar, esta empresa recebe o motivo, os documentos anexados e seus dados de candidato cadastrados na HelloWork (nome, contato, preferências etc.).</translation>
    </message>
    <message>
        <source>応募する</source>
        <translation>Candidatar-se</translation>
    </message>
    <message>
        <source>この求人に応募します</source>
        <translation>Candidatar-se a esta vaga</translation>
    </message>
    <message>
        <source>{length} / {max}文字</source>
        <translation>{length} / {max} caracteres</translation>
    </message>
    <message>
        <source>応募しています…</source>
        <translation>Enviando candidatura…</translation>
    </message>
    <message>
        <source>添付なし</source>
        <translation>Nenhum anexo</translation>
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
        <translation>Você vai se candidatar on-line a esta vaga.

Empresa: {company}
Ocupação: {occupation}
Nº da vaga: {number}

Motivo: {length} caracteres
{attachments}

Ao se candidatar, seus dados de candidato cadastrados na HelloWork (nome, contato, preferências etc.) também vão para esta empresa.
Deseja se candidatar?</translation>
    </message>
    <message>
        <source>オンライン自主応募の確認</source>
        <translation>Confirmar candidatura on-line direta (オンライン自主応募)</translation>
    </message>
    <message>
        <source>応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。</source>
        <translation>Você já se candidatou a esta vaga. Veja a situação em &quot;Histórico de candidaturas&quot;.</translation>
    </message>
    <message>
        <source>応募履歴で見る</source>
        <translation>Ver no histórico</translation>
    </message>
    <message>
        <source>応募しました。応募番号：{number}</source>
        <translation>Candidatura enviada. Nº da candidatura: {number}</translation>
    </message>
    <message>
        <source>添付した書類：{documents}</source>
        <translation>Documentos anexados: {documents}</translation>
    </message>
    <message>
        <source>書類は添付していません。</source>
        <translation>Nenhum documento anexado.</translation>
    </message>
    <message>
        <source>事業所からの連絡は「メッセージ」に届きます。</source>
        <translation>Os recados da empresa chegam em &quot;Mensagens&quot;.</translation>
    </message>
    <message>
        <source>オンラインで応募できるか確認しています…</source>
        <translation>Verificando se é possível se candidatar on-line…</translation>
    </message>
    <message>
        <source>この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。</source>
        <translation>Você pode se candidatar a esta vaga on-line por esta Minha Página (candidatura on-line direta, オンライン自主応募).</translation>
    </message>
    <message>
        <source>市区町村を指定しない</source>
        <translation>Qualquer cidade</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Província</translation>
    </message>
    <message>
        <source>都道府県を選択</source>
        <translation>Escolha a província</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>指定した就業場所</source>
        <translation>Locais escolhidos</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>選択した就業場所を削除</source>
        <translation>Excluir o local escolhido</translation>
    </message>
    <message>
        <source>（全域）</source>
        <translation>(toda a área)</translation>
    </message>
    <message>
        <source>就業場所は{max}か所まで指定できます。</source>
        <translation>Você pode escolher até {max} locais de trabalho.</translation>
    </message>
    <message>
        <source>例: 介護 山形（スペースで区切ると「かつ」で検索）</source>
        <translation>Ex.: 介護 山形 (separe com espaço para buscar &quot;e&quot;)</translation>
    </message>
    <message>
        <source>例: 06010-12345678</source>
        <translation>Ex.: 06010-12345678</translation>
    </message>
    <message>
        <source>例: 0601-234567-2</source>
        <translation>Ex.: 0601-234567-2</translation>
    </message>
    <message>
        <source>指定しない</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>例: 180000</source>
        <translation>Ex.: 180000</translation>
    </message>
    <message>
        <source>賃金の単位</source>
        <translation>Unidade do salário</translation>
    </message>
    <message>
        <source>賃金（下限）</source>
        <translation>Salário (mínimo)</translation>
    </message>
    <message>
        <source>円以上</source>
        <translation>ienes ou mais</translation>
    </message>
    <message>
        <source>指定なし</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>{n}日以内</source>
        <translation>Últimos {n} dias</translation>
    </message>
    <message>
        <source>オンライン自主応募可の求人のみ</source>
        <translation>Só vagas com candidatura on-line direta</translation>
    </message>
    <message>
        <source>検索する</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>条件をクリア</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>フリーワード</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>求人区分</source>
        <translation>Tipo de vaga</translation>
    </message>
    <message>
        <source>雇用形態</source>
        <translation>Forma de contratação</translation>
    </message>
    <message>
        <source>就業場所</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <source>事業所番号</source>
        <translation>Nº da empresa (事業所番号)</translation>
    </message>
    <message>
        <source>職業分類</source>
        <translation>Classificação de ocupação</translation>
    </message>
    <message>
        <source>受付日</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>← 一覧に戻る</source>
        <translation>← Voltar à lista</translation>
    </message>
    <message>
        <source>求人票</source>
        <translation>Ficha da vaga (求人票)</translation>
    </message>
    <message>
        <source>【{closed}】この求人の募集は終了しました。</source>
        <translation>【{closed}】 Esta vaga está encerrada.</translation>
    </message>
    <message>
        <source>キープする</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>求人番号をコピー</source>
        <translation>Copiar nº da vaga</translation>
    </message>
    <message>
        <source>この事業所の求人をすべて見る</source>
        <translation>Ver todas as vagas desta empresa</translation>
    </message>
    <message>
        <source>この求人票の事業所番号で求人を検索します</source>
        <translation>Busca vagas pelo nº da empresa desta ficha</translation>
    </message>
    <message>
        <source>求人票を読み込んでいます…</source>
        <translation>Carregando a ficha da vaga…</translation>
    </message>
    <message>
        <source>求人票&#x3000;{occupation}</source>
        <translation>Ficha da vaga (求人票)&#x3000;{occupation}</translation>
    </message>
    <message>
        <source>キープを外す</source>
        <translation>Remover dos guardados</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>賃金</source>
        <translation>Salário</translation>
    </message>
    <message>
        <source>キープした日時</source>
        <translation>Guardada em</translation>
    </message>
    <message>
        <source>募集中</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>キープした求人</source>
        <translation>Vagas guardadas</translation>
    </message>
    <message>
        <source>詳細を見る</source>
        <translation>Ver detalhes</translation>
    </message>
    <message>
        <source>キープした求人はありません。求人票の「キープする」を押すと、ここに表示されます。</source>
        <translation>Nenhuma vaga guardada. Clique em &quot;Guardar&quot; na ficha da vaga para vê-la aqui.</translation>
    </message>
    <message>
        <source>募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。</source>
        <translation>Vagas encerradas ficam aqui como &quot;Encerrada&quot; até você removê-las.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>名前</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>この求人は表示できません</source>
        <translation>Não é possível mostrar esta vaga</translation>
    </message>
    <message>
        <source>読み込めませんでした</source>
        <translation>Não foi possível carregar</translation>
    </message>
    <message>
        <source>オンライン応募</source>
        <translation>Candidatura on-line</translation>
    </message>
    <message>
        <source>キープ</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>1行に1件。例：2004/04 株式会社さくら 入社</source>
        <translation>Um por linha. Ex.: 2004/04 株式会社さくら 入社</translation>
    </message>
    <message>
        <source>1行に1件。例：2010/06 普通自動車第一種運転免許 取得</source>
        <translation>Um por linha. Ex.: 2010/06 普通自動車第一種運転免許 取得</translation>
    </message>
    <message>
        <source>学歴</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>職歴</source>
        <translation>Experiência profissional</translation>
    </message>
    <message>
        <source>{kind}を作成</source>
        <translation>Criar {kind}</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ふりがな</source>
        <translation>Leitura (furigana)</translation>
    </message>
    <message>
        <source>生年月日（例 1985-04-12）</source>
        <translation>Data de nascimento (ex.: 1985-04-12)</translation>
    </message>
    <message>
        <source>現住所</source>
        <translation>Endereço atual</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>学歴・職歴</source>
        <translation>Formação e experiência</translation>
    </message>
    <message>
        <source>免許・資格</source>
        <translation>Licenças e qualificações</translation>
    </message>
    <message>
        <source>志望の動機・自己PR</source>
        <translation>Motivo e apresentação pessoal</translation>
    </message>
    <message>
        <source>本人希望記入欄</source>
        <translation>Pedidos pessoais</translation>
    </message>
    <message>
        <source>職務要約</source>
        <translation>Resumo profissional</translation>
    </message>
    <message>
        <source>職務経歴</source>
        <translation>Experiência profissional</translation>
    </message>
    <message>
        <source>活かせる経験・知識・技術</source>
        <translation>Experiência, conhecimentos e habilidades úteis</translation>
    </message>
    <message>
        <source>自己PR</source>
        <translation>Apresentação pessoal</translation>
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
        <translation>Salvar em PDF…</translation>
    </message>
    <message>
        <source>この応募に添付する</source>
        <translation>Anexar a esta candidatura</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。JIS規格の様式に沿った A4 の書類になります。</source>
        <translation>Seus dados de candidato já foram preenchidos. Confira e complete o que faltar. O documento será em A4, no modelo padrão JIS.</translation>
    </message>
    <message>
        <source>PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、もう一度お試しください。</source>
        <translation>Não foi possível criar o PDF. Instale a fonte japonesa IPAexGothic (IPAexゴシック) e tente novamente.</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>求職者情報を読み込めませんでした。手で入力してください。</source>
        <translation>Não foi possível carregar seus dados de candidato. Preencha à mão.</translation>
    </message>
    <message>
        <source>PDFを保存しました：{path}</source>
        <translation>PDF salvo: {path}</translation>
    </message>
    <message>
        <source>{kind}をPDFで保存</source>
        <translation>Salvar {kind} em PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>Arquivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。</source>
        <translation>Este computador não tem impressora configurada. Use &quot;Salvar em PDF…&quot;.</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Digite o nome.</translation>
    </message>
    <message>
        <source>この条件を保存</source>
        <translation>Salvar esta busca</translation>
    </message>
    <message>
        <source>保存する検索条件の名前（40文字以内）</source>
        <translation>Nome da busca (até 40 caracteres)</translation>
    </message>
    <message>
        <source>検索条件に誤りがあります。検索画面の表示を確認してください。</source>
        <translation>Há um erro nos critérios de busca. Confira a tela de busca.</translation>
    </message>
    <message>
        <source>検索条件</source>
        <translation>Critérios de busca</translation>
    </message>
    <message>
        <source>新着</source>
        <translation>Novas</translation>
    </message>
    <message>
        <source>前回の検索</source>
        <translation>Última busca</translation>
    </message>
    <message>
        <source>新着 {n} 件</source>
        <translation>{n} novas</translation>
    </message>
    <message>
        <source>保存した検索条件</source>
        <translation>Buscas salvas</translation>
    </message>
    <message>
        <source>この条件で検索</source>
        <translation>Buscar com estes critérios</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。求人情報検索の画面で「この条件を保存」を押すと、ここに表示されます。</source>
        <translation>Nenhuma busca salva. Clique em &quot;Salvar esta busca&quot; na tela de busca de vagas para vê-la aqui.</translation>
    </message>
    <message>
        <source>「新着」は、前回その条件で検索したあとに掲載された求人の件数です。</source>
        <translation>&quot;Novas&quot; é o número de vagas publicadas depois da sua última busca com esses critérios.</translation>
    </message>
    <message>
        <source>新しい名前（40文字以内）</source>
        <translation>Novo nome (até 40 caracteres)</translation>
    </message>
    <message>
        <source>変更する</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>保存した検索条件「{name}」を削除しますか？</source>
        <translation>Excluir a busca salva &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>検索条件の削除</source>
        <translation>Excluir busca</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>新着順</source>
        <translation>Mais recentes</translation>
    </message>
    <message>
        <source>賃金の高い順</source>
        <translation>Maior salário</translation>
    </message>
    <message>
        <source>求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。</source>
        <translation>Seu cadastro está inativo, então a busca de vagas não está disponível. Para voltar a procurar emprego, mude a situação para &quot;ativo&quot; em &quot;Dados e configurações&quot;. Os critérios digitados continuam salvos.</translation>
    </message>
    <message>
        <source>検索結果</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>並び順</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>求人情報検索</source>
        <translation>Busca de vagas</translation>
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
        <translation>Preparando a lista…</translation>
    </message>
    <message>
        <source>{count}（件数を確認しています）</source>
        <translation>{count} (contando)</translation>
    </message>
    <message>
        <source>検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。</source>
        <translation>Busca &quot;{name}&quot; salva. Abra em &quot;Buscas salvas&quot;.</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>募集終了</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>該当 {n}件以上</source>
        <translation>{n} ou mais resultados</translation>
    </message>
    <message>
        <source>該当 {n} 件（一覧は先頭の {m} 件）</source>
        <translation>{n} resultados (lista: os {m} primeiros)</translation>
    </message>
    <message>
        <source>該当 {n} 件</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>該当 約{n}件</source>
        <translation>Cerca de {n} resultados</translation>
    </message>
    <message>
        <source>可</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>不可</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>{n}秒後に再度お試しください。</source>
        <translation>Tente de novo em {n} segundos.</translation>
    </message>
    <message>
        <source>ただいまサービスに接続できません。しばらくしてから再度お試しください。</source>
        <translation>Não foi possível conectar ao serviço agora. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>ハローワークをご利用中の方のマイページ開設</source>
        <translation>Abrir a Minha Página (para quem já usa a HelloWork)</translation>
    </message>
    <message>
        <source>※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。</source>
        <translation>※Se fizer isto num computador da HelloWork, você vai receber um e-mail no endereço cadastrado. Deixe seu celular ou outro aparelho pronto para ler o e-mail na hora.</translation>
    </message>
    <message>
        <source>セッションの有効期限が切れました。もう一度ログインしてください。</source>
        <translation>Sua sessão venceu. Entre de novo.</translation>
    </message>
    <message>
        <source>求職者マイページ ログイン</source>
        <translation>Login da Minha Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>ID（メールアドレス）</source>
        <translation>ID (e-mail)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>パスワードを忘れた方</source>
        <translation>Esqueci a senha</translation>
    </message>
    <message>
        <source>求職申込み（仮登録）</source>
        <translation>Inscrição (pré-cadastro, 仮登録)</translation>
    </message>
    <message>
        <source>デモ用メールボックス</source>
        <translation>Caixa de e-mail de demonstração</translation>
    </message>
    <message>
        <source>はじめての方は、上のボタンからマイページを開設してください。
（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）</source>
        <translation>Se é a primeira vez, abra sua Minha Página pelo botão acima.
(Para quem já fez o cadastro e registrou o e-mail no balcão da HelloWork)</translation>
    </message>
    <message>
        <source>ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。</source>
        <translation>Se ainda não se inscreveu na HelloWork, faça aqui o pré-cadastro antes de ir lá.</translation>
    </message>
    <message>
        <source>中止してログアウト</source>
        <translation>Cancelar e sair</translation>
    </message>
    <message>
        <source>初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。</source>
        <translation>Você ainda usa a senha inicial. Para continuar, troque por uma senha criada por você.</translation>
    </message>
    <message>
        <source>現在のパスワードと、新しいパスワードを入力してください。</source>
        <translation>Digite a senha atual e a nova senha.</translation>
    </message>
    <message>
        <source>パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。</source>
        <translation>A senha deve ter de 8 a 32 caracteres, com pelo menos 1 letra, 1 número e 1 símbolo de meia largura.</translation>
    </message>
    <message>
        <source>現在のパスワード</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>新しいパスワード</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）</source>
        <translation>Nova senha (confirmação)</translation>
    </message>
    <message>
        <source>現在のパスワード（初回用パスワード）</source>
        <translation>Senha atual (senha inicial)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認のため、もう一度）</source>
        <translation>Nova senha (repita para confirmar)</translation>
    </message>
    <message>
        <source>職員ログイン（窓口用）</source>
        <translation>Login de funcionário (balcão)</translation>
    </message>
    <message>
        <source>職員の画面のロック解除</source>
        <translation>Desbloquear a tela do funcionário</translation>
    </message>
    <message>
        <source>ハローワーク職員用の画面です。職員IDとパスワードを入力してください。
求職者の方のID（メールアドレス）ではログインできません。</source>
        <translation>Tela para funcionários da HelloWork. Digite o ID de funcionário e a senha.
Não é possível entrar com o ID (e-mail) de candidato.</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>ID de funcionário</translation>
    </message>
    <message>
        <source>職員の画面はロックされています。{name} さんのパスワードを入力してください。</source>
        <translation>A tela do funcionário está bloqueada. Digite a senha de {name}.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>パスワードの変更（初回ログイン）</source>
        <translation>Troca de senha (primeiro login)</translation>
    </message>
    <message>
        <source>職員IDを入力してください。</source>
        <translation>Digite o ID de funcionário.</translation>
    </message>
    <message>
        <source>続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。</source>
        <translation>Houve erros seguidos. Não é possível entrar por um tempo. Tente de novo em {time}.</translation>
    </message>
    <message>
        <source>ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。</source>
        <translation>Não foi possível processar agora. Tente de novo mais tarde. O que você digitou foi mantido.</translation>
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
        <translation>Escreva a mensagem para a empresa (pode usar quebras de linha)</translation>
    </message>
    <message>
        <source>送信するメッセージ</source>
        <translation>Mensagem a enviar</translation>
    </message>
    <message>
        <source>送信する</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{length} / {max}文字（{over}文字多すぎます）</source>
        <translation>{length} / {max} caracteres ({over} a mais)</translation>
    </message>
    <message>
        <source>送信中…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。</source>
        <translation>Não foi possível processar agora. O que você digitou foi mantido. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>直接リクエストに応募する</source>
        <translation>Candidatar-se ao convite direto</translation>
    </message>
    <message>
        <source>求人「{label}」にオンラインで応募します。志望動機を入力してください（1000文字以内）。</source>
        <translation>Você vai se candidatar on-line à vaga &quot;{label}&quot;. Escreva o motivo da candidatura (até 1000 caracteres).</translation>
    </message>
    <message>
        <source>応募書類（任意、PDF形式、1ファイル{mb}MBまで）</source>
        <translation>Documentos (opcional, PDF, até {mb} MB por arquivo)</translation>
    </message>
    <message>
        <source>回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。</source>
        <translation>Respondido: você se candidatou ({at}, candidatura nº {number}). Veja a situação no histórico de candidaturas.</translation>
    </message>
    <message>
        <source>回答済み: 辞退しました（{at}）。</source>
        <translation>Respondido: você recusou ({at}).</translation>
    </message>
    <message>
        <source>この求人の募集は終了したため、応募できません。</source>
        <translation>Esta vaga está encerrada. Não é possível se candidatar.</translation>
    </message>
    <message>
        <source>事業所から応募のリクエストが届いています。求人票を確認して、お答えください。</source>
        <translation>Uma empresa convidou você a se candidatar. Veja a ficha da vaga e responda.</translation>
    </message>
    <message>
        <source>この求人への直接リクエストを辞退しますか。
辞退すると、このリクエストから応募することはできません。</source>
        <translation>Recusar o convite direto para esta vaga?
Depois de recusar, não será possível se candidatar por este convite.</translation>
    </message>
    <message>
        <source>直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。</source>
        <translation>Não foi possível carregar o convite direto. Abra o aviso de novo mais tarde.</translation>
    </message>
    <message>
        <source>※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。</source>
        <translation>※ Só é possível trocar mensagens se a empresa usar a &quot;Minha Página para empresas&quot;.</translation>
    </message>
    <message>
        <source>左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。</source>
        <translation>Escolha uma candidatura na lista à esquerda para ver as mensagens com a empresa.</translation>
    </message>
    <message>
        <source>応募先の一覧</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>応募した求人はまだありません。ハローワークで紹介を受けるか、オンライン自主応募をすると、ここに表示されます。</source>
        <translation>Você ainda não se candidatou a nenhuma vaga. Elas aparecem aqui após um encaminhamento da HelloWork ou uma candidatura on-line direta.</translation>
    </message>
    <message>
        <source>メッセージ</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>応募した求人の担当者とメッセージをやりとりできます。</source>
        <translation>Troque mensagens com o responsável pelas vagas às quais você se candidatou.</translation>
    </message>
    <message>
        <source>メッセージを送信しました。</source>
        <translation>Sua mensagem foi enviada.</translation>
    </message>
    <message>
        <source>{occupation}&#x3000;応募番号 {number}</source>
        <translation>{occupation}&#x3000;candidatura nº {number}</translation>
    </message>
    <message>
        <source>おすすめ求人</source>
        <translation>Vagas recomendadas</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>送信元</source>
        <translation>De</translation>
    </message>
    <message>
        <source>既読</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>未読</source>
        <translation>Não lido</translation>
    </message>
    <message>
        <source>お知らせの本文</source>
        <translation>Texto do aviso</translation>
    </message>
    <message>
        <source>この求人の募集は終了しました</source>
        <translation>Esta vaga está encerrada</translation>
    </message>
    <message>
        <source>{kind}&#x3000;送信元: {sender}&#x3000;{at}</source>
        <translation>{kind}&#x3000;De: {sender}&#x3000;{at}</translation>
    </message>
    <message>
        <source>直接リクエストの求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Vaga do convite direto: {label}&#x3000;nº da vaga {number}</translation>
    </message>
    <message>
        <source>おすすめ求人: {label}&#x3000;求人番号 {number}</source>
        <translation>Vaga recomendada: {label}&#x3000;nº da vaga {number}</translation>
    </message>
    <message>
        <source>お知らせを選ぶと、ここに内容が表示されます。</source>
        <translation>Escolha um aviso para ver o conteúdo aqui.</translation>
    </message>
    <message>
        <source>お知らせの一覧</source>
        <translation>Lista de avisos</translation>
    </message>
    <message>
        <source>さらに読み込む</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。</source>
        <translation>Aqui chegam avisos da HelloWork e vagas recomendadas para você.</translation>
    </message>
    <message>
        <source>お知らせはありません。</source>
        <translation>Nenhum aviso.</translation>
    </message>
    <message>
        <source>{count}件を表示中（未読 {unread}件）</source>
        <translation>{count} mostrados ({unread} não lidos)</translation>
    </message>
    <message>
        <source>&#x3000;一覧の最後までスクロールすると、古いお知らせを読み込みます。</source>
        <translation>&#x3000;Role até o fim da lista para carregar avisos mais antigos.</translation>
    </message>
    <message>
        <source>やりとり</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。</source>
        <translation>Esta empresa não usa a &quot;Minha Página para empresas&quot;. Não é possível trocar mensagens.</translation>
    </message>
    <message>
        <source>メッセージのやりとり</source>
        <translation>Troca de mensagens</translation>
    </message>
    <message>
        <source>まだメッセージはありません。</source>
        <translation>Ainda não há mensagens.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。</source>
        <translation>Enviaremos um &quot;Aviso de alteração de cadastro&quot; ao seu e-mail cadastrado (sem os novos dados).</translation>
    </message>
    <message>
        <source>処理しています。しばらくお待ちください…</source>
        <translation>Processando. Aguarde…</translation>
    </message>
    <message>
        <source>この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。</source>
        <translation>Endereço não encontrado para este CEP. Confira o CEP ou digite o endereço.</translation>
    </message>
    <message>
        <source>連絡先の変更</source>
        <translation>Alterar contato</translation>
    </message>
    <message>
        <source>引っ越しや電話番号の変更があったときは、ここで変更できます。郵便番号・住所・電話番号をすべて入力してください。</source>
        <translation>Se você mudou de endereço ou telefone, altere aqui. Preencha CEP, endereço e telefone.</translation>
    </message>
    <message>
        <source>連絡先を変更する</source>
        <translation>Alterar contato</translation>
    </message>
    <message>
        <source>住所を検索</source>
        <translation>Buscar endereço</translation>
    </message>
    <message>
        <source>住所の候補</source>
        <translation>Endereços sugeridos</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります</source>
        <translation>Digite os 7 algarismos e clique em &quot;Buscar endereço&quot; para preencher o início do endereço</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください（{max}文字以内）</source>
        <translation>Digite até o número, prédio e apartamento (até {max} caracteres)</translation>
    </message>
    <message>
        <source>半角数字とハイフン&#x3000;例: 023-600-1234</source>
        <translation>Números e hífens de meia largura. Ex.: 023-600-1234</translation>
    </message>
    <message>
        <source>連絡先を変更しました。</source>
        <translation>Contato alterado.</translation>
    </message>
    <message>
        <source>住所は入力済みのため変更していません: {address}</source>
        <translation>O endereço já estava preenchido e não foi alterado: {address}</translation>
    </message>
    <message>
        <source>{date}（あと{days}日）</source>
        <translation>{date} (faltam {days} dias)</translation>
    </message>
    <message>
        <source>求職状態：{status}&#x3000;&#x3000;有効期限：{until}
求職番号：{number}</source>
        <translation>Situação do cadastro: {status}&#x3000;&#x3000;Válido até: {until}
Nº de candidato: {number}</translation>
    </message>
    <message>
        <source>{when}&#x3000;{company}（{occupation}）</source>
        <translation>{when}&#x3000;{company} ({occupation})</translation>
    </message>
    <message>
        <source>場所：{place}</source>
        <translation>Local: {place}</translation>
    </message>
    <message>
        <source>{company}の面接の応募履歴を見る</source>
        <translation>Ver a candidatura da entrevista em {company}</translation>
    </message>
    <message>
        <source>文字の大きさ・表示</source>
        <translation>Tamanho do texto e exibição</translation>
    </message>
    <message>
        <source>文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。すぐにすべての画面に反映されます。</source>
        <translation>Você pode aumentar o texto ou usar cores mais fáceis de ver (alto contraste). Vale na hora para todas as telas.</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。</source>
        <translation>Nos computadores da HelloWork, a exibição volta ao normal quando você sai.</translation>
    </message>
    <message>
        <source>未読のメッセージ</source>
        <translation>Mensagens não lidas</translation>
    </message>
    <message>
        <source>応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。</source>
        <translation>Leia as mensagens das empresas em &quot;Mensagens&quot;, no menu à esquerda.</translation>
    </message>
    <message>
        <source>未読のお知らせ</source>
        <translation>Avisos não lidos</translation>
    </message>
    <message>
        <source>ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。</source>
        <translation>Leia os avisos e vagas recomendadas da HelloWork em &quot;Avisos&quot;, no menu à esquerda.</translation>
    </message>
    <message>
        <source>面接の予定</source>
        <translation>Entrevistas marcadas</translation>
    </message>
    <message>
        <source>予定されている面接はありません。</source>
        <translation>Nenhuma entrevista marcada.</translation>
    </message>
    <message>
        <source>保存した検索条件の新着求人</source>
        <translation>Novas vagas nas buscas salvas</translation>
    </message>
    <message>
        <source>「求職者マイページ」でできること</source>
        <translation>O que você pode fazer na Minha Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>・</source>
        <translation>・</translation>
    </message>
    <message>
        <source>{name} さん、ようこそ。</source>
        <translation>Bem-vindo(a), {name}.</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、新着求人の件数は表示されません。</source>
        <translation>Enquanto o cadastro estiver &quot;inativo&quot;, o número de novas vagas não é mostrado.</translation>
    </message>
    <message>
        <source>保存した検索条件はありません。「求人情報検索」で条件を保存すると、その条件に合う新着求人の件数がここに表示されます。</source>
        <translation>Nenhuma busca salva. Salve critérios na &quot;Busca de vagas&quot; para ver aqui o número de novas vagas.</translation>
    </message>
    <message>
        <source>・{name}&#x3000;新着 {n}件</source>
        <translation>・{name}&#x3000;{n} novas</translation>
    </message>
    <message>
        <source>左のメニューの「保存した検索条件」から、その条件で検索できます。</source>
        <translation>Busque com esses critérios em &quot;Buscas salvas&quot;, no menu à esquerda.</translation>
    </message>
    <message>
        <source>現在の設定：提供する（{date}に同意）</source>
        <translation>Configuração atual: compartilhar (consentimento em {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（{date}に同意を取り消しました）</source>
        <translation>Configuração atual: não compartilhar (consentimento retirado em {date})</translation>
    </message>
    <message>
        <source>現在の設定：提供しない（同意していません）</source>
        <translation>Configuração atual: não compartilhar (sem consentimento)</translation>
    </message>
    <message>
        <source>求職情報提供に同意する</source>
        <translation>Concordar com o compartilhamento</translation>
    </message>
    <message>
        <source>同意を取り消す（提供しない）</source>
        <translation>Retirar consentimento (não compartilhar)</translation>
    </message>
    <message>
        <source>求職情報提供への同意を取り消しますか？
取り消した後は、あなたの求職情報を新たに提供しません。</source>
        <translation>Retirar o consentimento ao compartilhamento de dados?
Depois disso, seus dados não serão mais fornecidos.</translation>
    </message>
    <message>
        <source>同意を取り消す</source>
        <translation>Retirar consentimento</translation>
    </message>
    <message>
        <source>上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に提供することに同意しますか？</source>
        <translation>Você concorda que, como explicado acima, seus dados de candidato, sem nome e contatos, sejam fornecidos a governos locais e agências de emprego?</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」をお送りします。</source>
        <translation>Configuração alterada. Enviaremos um &quot;Aviso de alteração do compartilhamento de dados&quot; ao seu e-mail cadastrado.</translation>
    </message>
    <message>
        <source>新しいパスワード（確認用）</source>
        <translation>Nova senha (confirmação)</translation>
    </message>
    <message>
        <source>パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内</source>
        <translation>Senha: números, letras e símbolos de meia largura, de 8 a 32 caracteres</translation>
    </message>
    <message>
        <source>メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。</source>
        <translation>Não é possível usar senhas com seu e-mail, data de nascimento ou nº de candidato, nem senhas comuns e fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Trocar senha</translation>
    </message>
    <message>
        <source>パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、「パスワードを変更する」を押してください。</source>
        <translation>Para trocar a senha, digite a senha atual e a nova e clique em &quot;Trocar senha&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更する</source>
        <translation>Trocar senha</translation>
    </message>
    <message>
        <source>パスワードを変更しました。次回から新しいパスワードでログインしてください。</source>
        <translation>Senha trocada. Da próxima vez, entre com a nova senha.</translation>
    </message>
    <message>
        <source>ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました（このパソコンのログインは続いています）。</source>
        <translation>Se você estava conectado em outro computador ou celular, essa sessão foi encerrada (a deste computador continua).</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。</source>
        <translation>Enviaremos um e-mail &quot;Aviso de troca de senha&quot; ao seu e-mail cadastrado.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。</source>
        <translation>Letras, números e símbolos de largura total na senha foram convertidos para meia largura.</translation>
    </message>
    <message>
        <source>希望職種（必須）</source>
        <translation>Ocupação desejada (obrigatório)</translation>
    </message>
    <message>
        <source>経験</source>
        <translation>Experiência</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Qualificações</translation>
    </message>
    <message>
        <source>求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。</source>
        <translation>Ao divulgar seu perfil, as empresas podem ver seus dados anônimos e enviar um &quot;convite direto&quot; (直接リクエスト) para você se candidatar. Nome, contatos e data de nascimento não são divulgados (só a faixa etária). Você pode retirar a divulgação a qualquer momento.</translation>
    </message>
    <message>
        <source>（記載なし）</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>（公開したときに決まります）</source>
        <translation>(definido ao divulgar)</translation>
    </message>
    <message>
        <source>求職公開番号</source>
        <translation>Número do perfil (求職公開番号)</translation>
    </message>
    <message>
        <source>年代</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>求職公開（事業所への匿名の公開）</source>
        <translation>Divulgação do perfil (求職公開) (anônima, para empresas)</translation>
    </message>
    <message>
        <source>{n}文字以内</source>
        <translation>Até {n} caracteres</translation>
    </message>
    <message>
        <source>事業所に見える内容を確認する</source>
        <translation>Ver o que as empresas verão</translation>
    </message>
    <message>
        <source>公開する</source>
        <translation>Divulgar</translation>
    </message>
    <message>
        <source>公開を取り下げる</source>
        <translation>Retirar divulgação</translation>
    </message>
    <message>
        <source>事業所に見える内容（プレビュー）</source>
        <translation>O que as empresas verão (prévia)</translation>
    </message>
    <message>
        <source>公開中（{at}から）&#x3000;求職公開番号: {number}&#x3000;受け取った直接リクエスト: {n}件</source>
        <translation>Divulgado (desde {at})&#x3000;Nº de divulgação: {number}&#x3000;Convites diretos recebidos: {n}</translation>
    </message>
    <message>
        <source>公開していません（{at}に取り下げました）</source>
        <translation>Não divulgado (retirado em {at})</translation>
    </message>
    <message>
        <source>公開していません</source>
        <translation>Não divulgado</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は公開できません。</source>
        <translation>Não é possível divulgar enquanto o cadastro estiver &quot;inativo&quot;.</translation>
    </message>
    <message>
        <source>求職公開の取り下げ</source>
        <translation>Retirar divulgação do perfil</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げますか。
取り下げると、事業所はあなたの求職情報を見られなくなり、新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。</source>
        <translation>Retirar a divulgação do seu perfil?
As empresas não verão mais seus dados e você não receberá novos convites diretos (você ainda pode responder aos recebidos).</translation>
    </message>
    <message>
        <source>取り下げる</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Não foi possível carregar a situação da divulgação. Abra esta página de novo mais tarde.</translation>
    </message>
    <message>
        <source>この内容で公開内容を更新しますか。</source>
        <translation>Atualizar a divulgação com este conteúdo?</translation>
    </message>
    <message>
        <source>この内容で求職情報を公開しますか。</source>
        <translation>Divulgar seu perfil com este conteúdo?</translation>
    </message>
    <message>
        <source>求職公開</source>
        <translation>Divulgação do perfil (求職公開)</translation>
    </message>
    <message>
        <source>事業所には次のとおり表示されます。</source>
        <translation>As empresas verão o seguinte.</translation>
    </message>
    <message>
        <source>更新する</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>求職情報を公開しました。</source>
        <translation>Perfil divulgado.</translation>
    </message>
    <message>
        <source>求職情報の公開を取り下げました。</source>
        <translation>Divulgação do perfil retirada.</translation>
    </message>
    <message>
        <source>公開内容を更新する</source>
        <translation>Atualizar divulgação</translation>
    </message>
    <message>
        <source>マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。</source>
        <translation>Na Minha Página você pode alterar: contato (endereço, telefone), preferências, compartilhamento de dados, situação do cadastro (ativo/inativo), senha e divulgação do perfil. Para corrigir ou alterar nome, data de nascimento ou outros dados, fale com o balcão (窓口) da HelloWork.</translation>
    </message>
    <message>
        <source>求職者情報・設定</source>
        <translation>Dados e configurações</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Dados básicos</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Nome em katakana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>連絡先・ログインID</source>
        <translation>Contato e ID de login</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）</source>
        <translation>ID de login (e-mail)</translation>
    </message>
    <message>
        <source>求職申込日</source>
        <translation>Data da inscrição</translation>
    </message>
    <message>
        <source>有効期限</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>求職状態</source>
        <translation>Situação do cadastro</translation>
    </message>
    <message>
        <source>無効になった理由</source>
        <translation>Motivo da inativação</translation>
    </message>
    <message>
        <source>（登録なし）</source>
        <translation>(não cadastrado)</translation>
    </message>
    <message>
        <source>ページの内容</source>
        <translation>Conteúdo da página</translation>
    </message>
    <message>
        <source>「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。それを過ぎると、最寄りのハローワークでの手続きが必要です。</source>
        <translation>Até {days} dias depois de mudar para &quot;inativo&quot;, você pode voltar a &quot;ativo&quot; nesta página. Depois disso, é preciso ir à HelloWork mais próxima.</translation>
    </message>
    <message>
        <source>求職状態を「無効」にしますか？</source>
        <translation>Mudar a situação do cadastro para &quot;inativo&quot;?</translation>
    </message>
    <message>
        <source>「無効」にする</source>
        <translation>Mudar para &quot;inativo&quot;</translation>
    </message>
    <message>
        <source>「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。</source>
        <translation>Ao voltar para &quot;ativo&quot;, você pode de novo buscar vagas, se candidatar on-line e enviar mensagens às empresas.</translation>
    </message>
    <message>
        <source>有効期限は{date}になります。</source>
        <translation>A validade será até {date}.</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻しますか？</source>
        <translation>Voltar a situação do cadastro para &quot;ativo&quot;?</translation>
    </message>
    <message>
        <source>「有効」に戻す</source>
        <translation>Voltar para &quot;ativo&quot;</translation>
    </message>
    <message>
        <source>求職状態の切り替え</source>
        <translation>Mudar situação do cadastro</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>現在の求職状態：{status}</source>
        <translation>Situação atual do cadastro: {status}</translation>
    </message>
    <message>
        <source>{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}になります）。</source>
        <translation>Até {deadline}, você pode voltar para &quot;ativo&quot; nesta página (a validade passará a ser {renews}).</translation>
    </message>
    <message>
        <source>求職状態を「有効」に戻す</source>
        <translation>Voltar a situação para &quot;ativo&quot;</translation>
    </message>
    <message>
        <source>求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}</source>
        <translation>Se for dar uma pausa na procura de emprego, você pode mudar a situação para &quot;inativo&quot;. Válido até: {date}</translation>
    </message>
    <message>
        <source>求職状態を「無効」にする</source>
        <translation>Mudar a situação para &quot;inativo&quot;</translation>
    </message>
    <message>
        <source>求職状態を切り替える</source>
        <translation>Mudar situação do cadastro</translation>
    </message>
    <message>
        <source>求職状態を「{status}」にしました。</source>
        <translation>Situação do cadastro alterada para &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。</source>
        <translation>Não foi possível carregar os dados agora. Abra esta página de novo mais tarde.</translation>
    </message>
    <message>
        <source>登録した求職情報の確認や有効/無効の切り替えができます。</source>
        <translation>Ver seus dados de candidato e mudar a situação para ativo/inativo.</translation>
    </message>
    <message>
        <source>求人の検索条件を保存したり、気になった求人を保存することができます。</source>
        <translation>Salvar critérios de busca e guardar vagas de interesse.</translation>
    </message>
    <message>
        <source>ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。</source>
        <translation>Ver as vagas encaminhadas pela HelloWork, as cartas de encaminhamento (紹介状) e o histórico de candidaturas.</translation>
    </message>
    <message>
        <source>メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせをお送りする場合があります。</source>
        <translation>Trocar mensagens com o responsável pelas vagas às quais você se candidatou. A HelloWork também pode enviar vagas e avisos.</translation>
    </message>
    <message>
        <source>求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。</source>
        <translation>Enquanto o cadastro estiver &quot;inativo&quot;, não é possível buscar vagas, se candidatar on-line nem enviar mensagens às empresas. Você ainda pode ver cadastro, cartas de encaminhamento, candidaturas, mensagens e avisos, e mudar configurações.</translation>
    </message>
    <message>
        <source>有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます。</source>
        <translation>Seu cadastro vence este mês. Se receber um encaminhamento da HelloWork ou fizer uma candidatura on-line direta neste período, a validade aumenta 1 mês.</translation>
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
        <translation>Até {deadline}, você pode voltar a situação para &quot;ativo&quot; em &quot;Dados e configurações&quot;.</translation>
    </message>
    <message>
        <source>例: 一般事務、介護職員、製造ライン作業</source>
        <translation>Ex.: auxiliar administrativo, cuidador, linha de produção</translation>
    </message>
    <message>
        <source>例: 山形市、天童市</source>
        <translation>Ex.: Yamagata, Tendo</translation>
    </message>
    <message>
        <source>例: 月給18万円以上、時給1,000円以上</source>
        <translation>Ex.: mensal de 180 mil ienes ou mais, 1.000 ienes/hora ou mais</translation>
    </message>
    <message>
        <source>希望条件の変更</source>
        <translation>Alterar preferências</translation>
    </message>
    <message>
        <source>希望する仕事の条件を変更できます。希望職種は必ず入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Altere as condições do trabalho que você procura. A ocupação desejada é obrigatória. Você também pode alterar com ajuda no balcão.</translation>
    </message>
    <message>
        <source>希望条件を変更する</source>
        <translation>Alterar preferências</translation>
    </message>
    <message>
        <source>希望条件を変更しました。</source>
        <translation>Preferências alteradas.</translation>
    </message>
    <message>
        <source>はじめに</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>希望する仕事</source>
        <translation>Trabalho desejado</translation>
    </message>
    <message>
        <source>免許・資格、障害に関する情報、自己PR</source>
        <translation>Licenças, qualificações, deficiência, apresentação</translation>
    </message>
    <message>
        <source>入力内容の確認</source>
        <translation>Confirmar dados</translation>
    </message>
    <message>
        <source>仮登録の完了</source>
        <translation>Pré-cadastro concluído</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(não preenchido)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>atual</translation>
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
        <translation>Forma de contratação desejada</translation>
    </message>
    <message>
        <source>希望就業時間</source>
        <translation>Horário de trabalho desejado</translation>
    </message>
    <message>
        <source>障害に関する情報（任意）</source>
        <translation>Informações sobre deficiência (opcional)</translation>
    </message>
    <message>
        <source>入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。</source>
        <translation>Confira os dados. Se estiver tudo certo, clique em &quot;Fazer pré-cadastro&quot;.</translation>
    </message>
    <message>
        <source>修正する</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>{title}を修正する</source>
        <translation>Corrigir {title}</translation>
    </message>
    <message>
        <source>求職仮登録を受け付けました。まだ求職申込みは完了していません。</source>
        <translation>Seu pré-cadastro (仮登録) foi recebido. A inscrição ainda não está concluída.</translation>
    </message>
    <message>
        <source>仮登録番号</source>
        <translation>Nº do pré-cadastro</translation>
    </message>
    <message>
        <source>{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。仮登録番号は、入力したメールアドレスにもお送りしました。</source>
        <translation>Vá ao balcão (窓口) de {office} até {date}. Lá, após conferir sua identidade e os dados, é feito o cadastro definitivo (本登録): você recebe o número de candidato (求職番号) e pode abrir a Minha Página na hora. Depois do prazo, o pré-cadastro é excluído. O nº do pré-cadastro também foi enviado ao e-mail informado.</translation>
    </message>
    <message>
        <source>窓口にお持ちいただくもの</source>
        <translation>O que levar ao balcão</translation>
    </message>
    <message>
        <source>一時保存した入力を再開する</source>
        <translation>Retomar o preenchimento salvo</translation>
    </message>
    <message>
        <source>一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、届いたメールの認証キーを入力してください。</source>
        <translation>Digite o e-mail usado ao salvar, clique em &quot;Enviar chave de autenticação&quot; e digite a chave que chegar por e-mail.</translation>
    </message>
    <message>
        <source>認証キーを送信</source>
        <translation>Enviar chave de autenticação</translation>
    </message>
    <message>
        <source>認証キー</source>
        <translation>Chave de autenticação (認証キー)</translation>
    </message>
    <message>
        <source>再開する</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。</source>
        <translation>Se houver preenchimento salvo, enviamos a chave de autenticação por e-mail (válida por {minutes} min). Se não chegar, confira o e-mail e permita mensagens de {sender}.</translation>
    </message>
    <message>
        <source>ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。</source>
        <translation>Antes de ir à HelloWork, você pode preencher a inscrição neste computador (pré-cadastro, 仮登録). Anote o nº do pré-cadastro mostrado no fim e vá ao balcão da HelloWork até o prazo indicado. Lá, após conferir os dados e sua identidade, é feito o cadastro definitivo (本登録) e você recebe o número de candidato (求職番号). Se clicar em &quot;Salvar&quot; no meio, pode continuar depois (o prazo aparece ao salvar).</translation>
    </message>
    <message>
        <source>中学校または高等学校に在学中ですか。</source>
        <translation>Você está cursando o ensino fundamental II ou médio?</translation>
    </message>
    <message>
        <source>在学中である</source>
        <translation>Sim, estou</translation>
    </message>
    <message>
        <source>在学中ではない</source>
        <translation>Não estou</translation>
    </message>
    <message>
        <source>一時保存</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>次へ進む</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>この内容で仮登録する</source>
        <translation>Fazer pré-cadastro</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}&#x3000;{title}</source>
        <translation>Etapa {n}/{total}&#x3000;{title}</translation>
    </message>
    <message>
        <source>入力内容を確認してください。入力した内容はそのままです。</source>
        <translation>Confira os dados. O que você digitou foi mantido.</translation>
    </message>
    <message>
        <source>一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスとメールで届く認証キーで再開できます。</source>
        <translation>Salvo. Fica guardado até {d}/{m}/{y} ({days} dias após o último salvamento). Para continuar, use &quot;Retomar o preenchimento salvo&quot; em &quot;Inscrição (pré-cadastro)&quot;, com seu e-mail e a chave de autenticação enviada por e-mail.</translation>
    </message>
    <message>
        <source>一時保存した入力を読み込みました。続きから入力してください。</source>
        <translation>Preenchimento salvo carregado. Continue de onde parou.</translation>
    </message>
    <message>
        <source>入力した内容は、一時保存していない分は失われます。終了しますか。</source>
        <translation>O que não foi salvo será perdido. Deseja sair?</translation>
    </message>
    <message>
        <source>終了する</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>入力に戻る</source>
        <translation>Voltar ao preenchimento</translation>
    </message>
    <message>
        <source>【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。</source>
        <translation>【Encerrada】 Esta vaga está encerrada. A ficha abaixo é de quando foi encaminhada.</translation>
    </message>
    <message>
        <source>ハローワークからの連絡事項（備考）</source>
        <translation>Recado da HelloWork (observações)</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>{occupation}（{company}）</source>
        <translation>{occupation} ({company})</translation>
    </message>
    <message>
        <source>紹介日：{day}&#x3000;紹介番号：{number}&#x3000;紹介元／担当：{source}&#x3000;応募状況：{status}</source>
        <translation>Encaminhada em: {day}&#x3000;Nº do encaminhamento: {number}&#x3000;Origem/responsável: {source}&#x3000;Situação: {status}</translation>
    </message>
    <message>
        <source>（連絡事項はありません）</source>
        <translation>(sem recados)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が変わっても、ここには紹介時点の内容を表示します。</source>
        <translation>Ficha da vaga de quando a HelloWork encaminhou ({day}). Mesmo se a vaga mudar depois, aqui fica a versão do encaminhamento.</translation>
    </message>
    <message>
        <source>紹介状</source>
        <translation>Carta de encaminhamento (紹介状)</translation>
    </message>
    <message>
        <source>事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、PDFで保存してご利用ください。</source>
        <translation>Leve esta carta de encaminhamento à empresa junto com seus documentos. Imprima ou salve em PDF.</translation>
    </message>
    <message>
        <source>印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。</source>
        <translation>Não foi possível imprimir. Verifique se a impressora está ligada e tem papel e tente de novo.</translation>
    </message>
    <message>
        <source>紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。</source>
        <translation>Carta de encaminhamento impressa. Se não sair da impressora, fale com um funcionário do balcão.</translation>
    </message>
    <message>
        <source>紹介日</source>
        <translation>Encaminhada em</translation>
    </message>
    <message>
        <source>紹介番号</source>
        <translation>Nº do encaminhamento</translation>
    </message>
    <message>
        <source>応募状況</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>紹介元／担当</source>
        <translation>Origem/responsável</translation>
    </message>
    <message>
        <source>紹介された求人</source>
        <translation>Vagas encaminhadas</translation>
    </message>
    <message>
        <source>ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。</source>
        <translation>Ainda não há vagas encaminhadas pela HelloWork. Quando receber um encaminhamento no balcão, a vaga e a carta aparecem aqui.</translation>
    </message>
    <message>
        <source>紹介状を表示</source>
        <translation>Ver carta (紹介状)</translation>
    </message>
    <message>
        <source>現在の求人票を見る</source>
        <translation>Ver ficha atual</translation>
    </message>
    <message>
        <source>紹介状の内容</source>
        <translation>Conteúdo da carta de encaminhamento</translation>
    </message>
    <message>
        <source>紹介された求人・紹介状</source>
        <translation>Vagas encaminhadas e cartas (紹介状)</translation>
    </message>
    <message>
        <source>ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。</source>
        <translation>Vagas encaminhadas pela HelloWork. Escolha uma linha para ver a ficha da vaga da época e o recado da HelloWork. Em &quot;Ver carta&quot;, você imprime ou salva a carta de encaminhamento em PDF.</translation>
    </message>
    <message>
        <source>この求人の募集は終了しています。</source>
        <translation>Esta vaga está encerrada.</translation>
    </message>
    <message>
        <source>紹介状を読み込んでいます…</source>
        <translation>Carregando a carta de encaminhamento…</translation>
    </message>
    <message>
        <source>まもなくログアウトします</source>
        <translation>Você vai sair em breve</translation>
    </message>
    <message>
        <source>操作を続ける</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>ログアウトせずに利用を続けます</source>
        <translation>Continuar usando sem sair</translation>
    </message>
    <message>
        <source>しばらく操作がありません。あと{n}秒でログアウトします。
続けて利用する場合は「操作を続ける」を押してください。</source>
        <translation>Sem atividade há algum tempo. Você sairá em {n} segundos.
Para continuar, clique em &quot;Continuar&quot;.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。ヘルプデスクにお問い合わせください。</source>
        <translation>Não foi possível mostrar a tela de abertura da Minha Página. Fale com o suporte.</translation>
    </message>
    <message>
        <source>操作がないまま時間が経過したため、求職申込み（仮登録）の画面を閉じ、入力した内容を消去しました。</source>
        <translation>Por inatividade, a tela de inscrição (pré-cadastro) foi fechada e os dados digitados foram apagados.</translation>
    </message>
    <message>
        <source>オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が動いていることを確認してください。続く場合はシステム担当者に連絡してください。</source>
        <translation>Não foi possível conectar ao servidor do escritório. Verifique a rede e se o servidor (server_url) está funcionando. Se continuar, fale com o responsável pelo sistema.</translation>
    </message>
    <message>
        <source>データベースに接続できません（{kind}）。設定（database_url）と、データベースサーバーが起動していることを確認してください。</source>
        <translation>Não foi possível conectar ao banco de dados ({kind}). Verifique a configuração (database_url) e se o servidor de banco de dados está ligado.</translation>
    </message>
    <message>
        <source>マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。</source>
        <translation>Não foi possível mostrar a tela de abertura da Minha Página. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。
安全のため、最初の画面に戻りました。

問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、次のお問い合わせ番号をお伝えください。

お問い合わせ番号：{incident}</source>
        <translation>Ocorreu um erro inesperado. Pedimos desculpas.
Por segurança, voltamos à tela inicial.

Se o problema continuar, ligue para o suporte (tel.: {helpdesk}) e informe este número de atendimento.

Nº de atendimento: {incident}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、この画面はありません。送信されたメールが数秒で表示されます。</source>
        <translation>Esta tela é só para demonstração. No uso real, os e-mails chegam ao e-mail da pessoa e esta tela não existe. Os e-mails enviados aparecem em poucos segundos.</translation>
    </message>
    <message>
        <source>受信日時</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>宛先</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>受信したメール</source>
        <translation>E-mails recebidos</translation>
    </message>
    <message>
        <source>メール本文</source>
        <translation>Texto do e-mail</translation>
    </message>
    <message>
        <source>メールを読み込めません（{reason}）。</source>
        <translation>Não foi possível carregar os e-mails ({reason}).</translation>
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
        <translation>De: {sender}
Para: {recipient}
Assunto: {subject}
Recebido em: {at}

</translation>
    </message>
    <message>
        <source>ホーム</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>求職者マイページ</source>
        <translation>Minha Página (求職者マイページ)</translation>
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
        <translation>{title} ({count} não lidos)</translation>
    </message>
    <message>
        <source>求職者マイページを起動できません</source>
        <translation>Não foi possível iniciar a Minha Página</translation>
    </message>
    <message>
        <source>起動に必要なモジュールを読み込めません（{error}）。</source>
        <translation>Não foi possível carregar um módulo necessário ({error}).</translation>
    </message>
    <message>
        <source>マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。続けるには、もう一度パスワードを入力してください。</source>
        <translation>Durante a abertura da Minha Página, a tela do funcionário ficou inativa além do limite. Para continuar, digite a senha de novo.</translation>
    </message>
    <message>
        <source>ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。</source>
        <translation>ID de login alterado para {email}. As chaves de autenticação enviadas ao endereço antigo foram invalidadas e a Minha Página aberta foi encerrada. Um aviso será enviado ao endereço antigo e ao novo.</translation>
    </message>
    <message>
        <source>ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。</source>
        <translation>{email} cadastrado como ID de login. Os avisos serão enviados a este endereço.</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <translation>Desbloquear conta</translation>
    </message>
    <message>
        <source>パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で確認してください。</source>
        <translation>Desbloqueia a conta bloqueada por erros de senha seguidos. Confirme a identidade da pessoa com um documento.</translation>
    </message>
    <message>
        <source>ロックを解除する</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>ロックを解除しました。ご本人はすぐにログインできます。</source>
        <translation>Conta desbloqueada. A pessoa já pode entrar.</translation>
    </message>
    <message>
        <source>ロックはされていませんでした（失敗の回数は0に戻しました）。</source>
        <translation>A conta não estava bloqueada (o contador de falhas voltou a 0).</translation>
    </message>
    <message>
        <source>認証キーの無効化</source>
        <translation>Invalidar chaves de autenticação</translation>
    </message>
    <message>
        <source>この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？</source>
        <translation>Todas as chaves de autenticação não usadas enviadas a este candidato serão invalidadas. Continuar?</translation>
    </message>
    <message>
        <source>無効にする</source>
        <translation>Invalidar</translation>
    </message>
    <message>
        <source>認証キーを{n}件無効にしました。</source>
        <translation>{n} chave(s) de autenticação invalidada(s).</translation>
    </message>
    <message>
        <source>無効にする認証キーはありませんでした。</source>
        <translation>Não havia chaves de autenticação para invalidar.</translation>
    </message>
    <message>
        <source>パスワード再設定の開始</source>
        <translation>Iniciar redefinição de senha</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。
ご本人であることを本人確認書類で確認してください。</source>
        <translation>Uma chave de autenticação para redefinir a senha será enviada ao e-mail cadastrado. O funcionário nunca fica sabendo a senha. A pessoa cria a nova senha com a chave do e-mail.
Confirme a identidade da pessoa com um documento.</translation>
    </message>
    <message>
        <source>認証キーを送る</source>
        <translation>Enviar chave</translation>
    </message>
    <message>
        <source>登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の手順で新しいパスワードを設定してもらってください。</source>
        <translation>Chave de autenticação enviada ao e-mail cadastrado (válida por {m} min). Peça à pessoa para criar a nova senha seguindo o e-mail.</translation>
    </message>
    <message>
        <source>このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。しばらくしてからやり直してください。</source>
        <translation>Limite de envios de chave para este endereço atingido. Nada foi enviado. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>この求職者はマイページを開設していない（または停止中の）ため、パスワードの再設定はできません。</source>
        <translation>Este candidato não abriu a Minha Página (ou ela está suspensa). Não é possível redefinir a senha.</translation>
    </message>
    <message>
        <source>セッションの強制終了</source>
        <translation>Encerrar sessão à força</translation>
    </message>
    <message>
        <source>この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に戻ります）。よろしいですか？</source>
        <translation>A Minha Página aberta deste candidato será encerrada (em qualquer computador, a próxima ação volta à tela de login). Continuar?</translation>
    </message>
    <message>
        <source>終了させる</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>ログイン中のマイページを終了させました（{n}件）。</source>
        <translation>Sessões da Minha Página encerradas: {n}.</translation>
    </message>
    <message>
        <source>ログイン中のマイページはありませんでした。</source>
        <translation>Não havia sessão aberta.</translation>
    </message>
    <message>
        <source>{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）</source>
        <translation>Carta de encaminhamento emitida para {name}. Nº do encaminhamento: {referral} (nº da candidatura: {application})</translation>
    </message>
    <message>
        <source>求職の有効期限を {date} まで延長しました。</source>
        <translation>Validade do cadastro prorrogada até {date}.</translation>
    </message>
    <message>
        <source>応募 {number} の応募状況を「{status}」として記録しました。</source>
        <translation>Situação da candidatura {number} registrada como &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>{name} さんのマイページに{what}を送りました。</source>
        <translation>Enviado à Minha Página de {name}: {what}.</translation>
    </message>
    <message>
        <source>応募書類をPDFで保存</source>
        <translation>Salvar documentos em PDF</translation>
    </message>
    <message>
        <source>応募番号または紹介番号</source>
        <translation>Nº da candidatura ou do encaminhamento</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>オンライン自主応募の志望動機と応募書類を確認します。</source>
        <translation>Ver o motivo e os documentos de uma candidatura on-line direta.</translation>
    </message>
    <message>
        <source>応募番号：{number}（{source}、{status}）
応募日：{applied}
求職者：{name}（{seeker}）
求人：{company}&#x3000;{occupation}（{job}）</source>
        <translation>Nº da candidatura: {number} ({source}, {status})
Data: {applied}
Candidato: {name} ({seeker})
Vaga: {company}&#x3000;{occupation} ({job})</translation>
    </message>
    <message>
        <source>（志望動機はありません）</source>
        <translation>(sem motivo da candidatura)</translation>
    </message>
    <message>
        <source>{kind}：{name} をPDFで保存…</source>
        <translation>Salvar {kind}: {name} em PDF…</translation>
    </message>
    <message>
        <source>添付された書類はありません</source>
        <translation>Nenhum documento anexado</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでください。</source>
        <translation>Não foi possível salvar o PDF. Escolha outro local.</translation>
    </message>
    <message>
        <source>保存しました：{path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <source>求職者アカウント</source>
        <translation>Conta de candidato</translation>
    </message>
    <message>
        <source>システム</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>管理コマンド</source>
        <translation>Comando de administração</translation>
    </message>
    <message>
        <source>未ログイン</source>
        <translation>Sem login</translation>
    </message>
    <message>
        <source>データ取込</source>
        <translation>Importação de dados</translation>
    </message>
    <message>
        <source>サーバー管理者</source>
        <translation>Administrador do servidor</translation>
    </message>
    <message>
        <source>求職者</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>ログインアカウント</source>
        <translation>Conta de login</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>求職者セッション</source>
        <translation>Sessão de candidato</translation>
    </message>
    <message>
        <source>職員セッション</source>
        <translation>Sessão de funcionário</translation>
    </message>
    <message>
        <source>仮登録</source>
        <translation>Pré-cadastro (仮登録)</translation>
    </message>
    <message>
        <source>応募書類</source>
        <translation>Documentos da candidatura</translation>
    </message>
    <message>
        <source>応募（書き出し件数）</source>
        <translation>Candidatura (nº exportado)</translation>
    </message>
    <message>
        <source>直接リクエスト</source>
        <translation>Convite direto (直接リクエスト)</translation>
    </message>
    <message>
        <source>{kind}で検索・{n}件</source>
        <translation>Busca por {kind}: {n}</translation>
    </message>
    <message>
        <source>操作者</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{name}（職員 {id}）</source>
        <translation>{name} (funcionário {id})</translation>
    </message>
    <message>
        <source>例: 123</source>
        <translation>Ex.: 123</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>〜</source>
        <translation>–</translation>
    </message>
    <message>
        <source>期間(&amp;P)</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>職員(&amp;S)</source>
        <translation>&amp;Funcionário</translation>
    </message>
    <message>
        <source>求職者ID(&amp;I)</source>
        <translation>&amp;ID do candidato</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Operação</translation>
    </message>
    <message>
        <source>期間（終了日）</source>
        <translation>Período (fim)</translation>
    </message>
    <message>
        <source>期間（開始日）</source>
        <translation>Período (início)</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>［無効］</source>
        <translation>[Inativo]</translation>
    </message>
    <message>
        <source>求職者IDは数字で入力してください（例: 123）。</source>
        <translation>Digite o ID do candidato em números (ex.: 123).</translation>
    </message>
    <message>
        <source>条件に合う記録はありません。</source>
        <translation>Nenhum registro encontrado.</translation>
    </message>
    <message>
        <source>{n}件を表示しています。続きを読み込んでいます…</source>
        <translation>{n} registros mostrados. Carregando mais…</translation>
    </message>
    <message>
        <source>{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。</source>
        <translation>{n} registros mostrados. Role até o fim para carregar registros mais antigos.</translation>
    </message>
    <message>
        <source>{n}件を表示しています（すべて）。</source>
        <translation>{n} registros mostrados (todos).</translation>
    </message>
    <message>
        <source>パスワードの再入力が取り消されたため、操作は行っていません。</source>
        <translation>A nova digitação da senha foi cancelada. Nada foi feito.</translation>
    </message>
    <message>
        <source>職員コンソール（窓口用）</source>
        <translation>Console de funcionários (balcão)</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>窓口対応</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>端末管理</source>
        <translation>Terminais</translation>
    </message>
    <message>
        <source>仮登録の確認</source>
        <translation>Pré-cadastros</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）…</source>
        <translation>Cadastrar candidato (novo)…</translation>
    </message>
    <message>
        <source>窓口でマイページを開設</source>
        <translation>Abrir Minha Página no balcão</translation>
    </message>
    <message>
        <source>このパソコンで求職者ご本人にマイページを開設してもらいます。職員の画面は閉じ、ご本人が自分でパスワードを入力します。</source>
        <translation>O próprio candidato abre a Minha Página neste computador. A tela do funcionário é fechada e a pessoa digita a própria senha.</translation>
    </message>
    <message>
        <source>求職者情報・アカウント</source>
        <translation>Candidato e conta</translation>
    </message>
    <message>
        <source>応募内容</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>求職者を選んでください</source>
        <translation>Escolha um candidato</translation>
    </message>
    <message>
        <source>{name}（{kana}） 求職番号 {number}</source>
        <translation>{name} ({kana}) nº de candidato {number}</translation>
    </message>
    <message>
        <source>求職登録しました。求職番号: {number}&#x3000;有効期限: {valid}</source>
        <translation>Candidato cadastrado. Nº de candidato: {number}&#x3000;Válido até: {valid}</translation>
    </message>
    <message>
        <source>ログインID（{email}）も登録しました。ご本人は「ハローワークをご利用中の方のマイページ開設」から開設できます。</source>
        <translation>ID de login ({email}) também cadastrado. A pessoa pode abrir a conta em &quot;Abrir a Minha Página (para quem já usa a HelloWork)&quot;.</translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Senha trocada.</translation>
    </message>
    <message>
        <source>{kind}「{name}」</source>
        <translation>{kind} &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>端末ID</source>
        <translation>ID do terminal</translation>
    </message>
    <message>
        <source>登録日時</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>最終通信</source>
        <translation>Última conexão</translation>
    </message>
    <message>
        <source>未通信</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>取消済み</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>{at} に取り消しました</source>
        <translation>Cancelado em {at}</translation>
    </message>
    <message>
        <source>申請日時</source>
        <translation>Pedido em</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>事務所のサーバーに接続するパソコン（利用者用端末・窓口端末・職員端末）の登録を承認し、使わなくなった端末の登録を取り消します。承認と取消は監査ログに記録されます。</source>
        <translation>Aprove o registro de computadores que se conectam ao servidor do escritório (terminais para usuários, do balcão e de funcionários) e cancele os que não são mais usados. Aprovações e cancelamentos ficam no log de auditoria.</translation>
    </message>
    <message>
        <source>例: BCDF-GHJK</source>
        <translation>Ex.: BCDF-GHJK</translation>
    </message>
    <message>
        <source>登録コード</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>承認する</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>承認待ちの申請</source>
        <translation>Pedidos aguardando aprovação</translation>
    </message>
    <message>
        <source>登録済みの端末</source>
        <translation>Terminais registrados</translation>
    </message>
    <message>
        <source>登録を取り消す</source>
        <translation>Cancelar registro</translation>
    </message>
    <message>
        <source>登録コード(&amp;C)</source>
        <translation>&amp;Código de registro</translation>
    </message>
    <message>
        <source>新しいパソコンの画面に表示されている登録コード（英字8文字）を入力して「承認する」を押してください。小文字・全角で入力してもかまいません。コードの期限は「承認待ちの申請」に表示されます。</source>
        <translation>Digite o código de registro (8 letras) mostrado na tela do novo computador e clique em &quot;Aprovar&quot;. Pode usar minúsculas ou largura total. O prazo do código aparece em &quot;Pedidos aguardando aprovação&quot;.</translation>
    </message>
    <message>
        <source>新しい端末の承認</source>
        <translation>Aprovar novo terminal</translation>
    </message>
    <message>
        <source>承認を待っている申請はありません。</source>
        <translation>Nenhum pedido aguardando aprovação.</translation>
    </message>
    <message>
        <source>{n}件の申請が承認を待っています。</source>
        <translation>{n} pedido(s) aguardando aprovação.</translation>
    </message>
    <message>
        <source>登録コード {code} の端末を承認します。</source>
        <translation>Aprovar o terminal com o código de registro {code}.</translation>
    </message>
    <message>
        <source>承認を待っている申請は {device}（申請 {at}）の1件です。</source>
        <translation>Há 1 pedido aguardando aprovação: {device} (pedido em {at}).</translation>
    </message>
    <message>
        <source>承認を待っている申請は次の{n}件です。どれが承認されるかは登録コードで決まります。</source>
        <translation>Há {n} pedidos aguardando aprovação. O código de registro define qual será aprovado.</translation>
    </message>
    <message>
        <source>{device}（申請 {at}）</source>
        <translation>{device} (pedido em {at})</translation>
    </message>
    <message>
        <source>承認を待っている申請は一覧にありません。コードの有効期限が切れているかもしれません。</source>
        <translation>Nenhum pedido aguardando aprovação na lista. O código pode ter vencido.</translation>
    </message>
    <message>
        <source>承認すると、その端末は事務所のサーバーに接続して使えるようになります。登録コードが、目の前の新しいパソコンの画面に表示されているものか確かめてください。</source>
        <translation>Após a aprovação, o terminal pode se conectar ao servidor do escritório. Confira se o código é o mesmo mostrado na tela do novo computador à sua frente.</translation>
    </message>
    <message>
        <source>端末の承認</source>
        <translation>Aprovação de terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）を承認しました。その端末で登録が完了するまで、しばらくお待ちください。</source>
        <translation>{device} (ID do terminal {uid}) aprovado. Aguarde o registro terminar naquele terminal.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消しました。</source>
        <translation>Registro de {device} (ID do terminal {uid}) cancelado.</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）は既に取り消されていました。</source>
        <translation>{device} (ID do terminal {uid}) já estava cancelado.</translation>
    </message>
    <message>
        <source>端末の登録の取消</source>
        <translation>Cancelar registro de terminal</translation>
    </message>
    <message>
        <source>{device}（端末ID {uid}）の登録を取り消します。
この端末は次の通信から使えなくなります。もう一度使うには、その端末で登録をやり直して、承認を受ける必要があります。よろしいですか？</source>
        <translation>O registro de {device} (ID do terminal {uid}) será cancelado.
O terminal deixa de funcionar na próxima conexão. Para usá-lo de novo, será preciso registrar e aprovar outra vez. Continuar?</translation>
    </message>
    <message>
        <source>取り消す</source>
        <translation>Cancelar registro</translation>
    </message>
    <message>
        <source>確認した本人確認書類</source>
        <translation>Documento de identidade verificado</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の登録</source>
        <translation>Cadastrar ID de login (e-mail)</translation>
    </message>
    <message>
        <source>ログインID（メールアドレス）の変更</source>
        <translation>Alterar ID de login (e-mail)</translation>
    </message>
    <message>
        <source>ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。</source>
        <translation>Confirme a identidade da pessoa com um documento e digite o novo e-mail.</translation>
    </message>
    <message>
        <source>変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページはログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。</source>
        <translation>Ao alterar, as chaves de autenticação enviadas ao endereço antigo são invalidadas e a Minha Página aberta é encerrada. O endereço antigo e o novo recebem um aviso.</translation>
    </message>
    <message>
        <source>登録したアドレスにお知らせのメールが届きます。</source>
        <translation>O endereço cadastrado receberá um aviso.</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Cadastrar</translation>
    </message>
    <message>
        <source>（未登録）</source>
        <translation>(não cadastrado)</translation>
    </message>
    <message>
        <source>新しいメールアドレス</source>
        <translation>Novo e-mail</translation>
    </message>
    <message>
        <source>現在のメールアドレス</source>
        <translation>E-mail atual</translation>
    </message>
    <message>
        <source>（必須）</source>
        <translation>(obrigatório)</translation>
    </message>
    <message>
        <source>（選択してください）</source>
        <translation>(escolha)</translation>
    </message>
    <message>
        <source>Delete キーで「{empty}」に戻ります。</source>
        <translation>A tecla Delete volta para &quot;{empty}&quot;.</translation>
    </message>
    <message>
        <source>{n}／{max}文字</source>
        <translation>{n}/{max} caracteres</translation>
    </message>
    <message>
        <source>求職者のマイページに「ハローワークからのお知らせ」を送ります。「おすすめ求人」では求人番号の求人票へのリンクが付きます。</source>
        <translation>Envia um &quot;Aviso da HelloWork&quot; à Minha Página do candidato. Em &quot;Vagas recomendadas&quot;, é incluído um link para a ficha da vaga do número informado.</translation>
    </message>
    <message>
        <source>種別(&amp;K)</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>求人番号(&amp;J)</source>
        <translation>Nº da &amp;vaga</translation>
    </message>
    <message>
        <source>「おすすめ求人」のときは必須です</source>
        <translation>Obrigatório para &quot;Vagas recomendadas&quot;</translation>
    </message>
    <message>
        <source>件名(&amp;T)</source>
        <translation>&amp;Assunto</translation>
    </message>
    <message>
        <source>{max}文字以内</source>
        <translation>Até {max} caracteres</translation>
    </message>
    <message>
        <source>本文(&amp;B)</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>文字だけ（書式なし）、改行できます</source>
        <translation>Só texto (sem formatação); pode quebrar linha</translation>
    </message>
    <message>
        <source>求人番号を入力してください。</source>
        <translation>Digite o nº da vaga.</translation>
    </message>
    <message>
        <source>紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。</source>
        <translation>Digite o nº da vaga (求人番号) a encaminhar. As observações saem impressas na carta de encaminhamento.</translation>
    </message>
    <message>
        <source>紹介状を発行</source>
        <translation>Emitir carta (紹介状)</translation>
    </message>
    <message>
        <source>5桁-8桁の数字</source>
        <translation>5 dígitos-8 dígitos</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>本人確認書類を確認してから入力してください。ログイン用メールアドレスは、マイページを使う方だけ入力します。</source>
        <translation>Confira o documento de identidade antes de preencher. O e-mail de login só é preciso para quem vai usar a Minha Página.</translation>
    </message>
    <message>
        <source>例: 山形 太郎</source>
        <translation>Ex.: 山形 太郎</translation>
    </message>
    <message>
        <source>例: ヤマガタ タロウ</source>
        <translation>Ex.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>生年月日（年）</source>
        <translation>Data de nascimento (ano)</translation>
    </message>
    <message>
        <source>生年月日（月）</source>
        <translation>Data de nascimento (mês)</translation>
    </message>
    <message>
        <source>生年月日（日）</source>
        <translation>Data de nascimento (dia)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>月</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>日</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>例: 023-000-0000</source>
        <translation>Ex.: 023-000-0000</translation>
    </message>
    <message>
        <source>例: 一般事務</source>
        <translation>Ex.: auxiliar administrativo</translation>
    </message>
    <message>
        <source>例: 山形市内</source>
        <translation>Ex.: cidade de Yamagata</translation>
    </message>
    <message>
        <source>例: 月給18万円以上</source>
        <translation>Ex.: mensal de 180 mil ienes ou mais</translation>
    </message>
    <message>
        <source>本人の情報</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>氏名(&amp;M)</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>フリガナ(&amp;F)</source>
        <translation>Nome em &amp;katakana</translation>
    </message>
    <message>
        <source>全角カタカナ（ひらがな・半角カナは自動で直します）</source>
        <translation>Katakana de largura total (hiragana e kana de meia largura são corrigidos)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>Data de &amp;nascimento</translation>
    </message>
    <message>
        <source>西暦・半角数字</source>
        <translation>Ano ocidental, números de meia largura</translation>
    </message>
    <message>
        <source>電話番号(&amp;T)</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>半角数字とハイフン</source>
        <translation>Números e hífens de meia largura</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>ログイン用メールアドレス(&amp;E)</source>
        <translation>E-mail de &amp;login</translation>
    </message>
    <message>
        <source>マイページを使う場合のみ（半角英数字100文字以内）</source>
        <translation>Só para quem usa a Minha Página (até 100 caracteres de meia largura)</translation>
    </message>
    <message>
        <source>求職の申込み</source>
        <translation>Inscrição de candidato</translation>
    </message>
    <message>
        <source>求職申込日(&amp;D)</source>
        <translation>&amp;Data da inscrição</translation>
    </message>
    <message>
        <source>希望職種(&amp;O)</source>
        <translation>&amp;Ocupação desejada</translation>
    </message>
    <message>
        <source>希望勤務地(&amp;L)</source>
        <translation>&amp;Local desejado</translation>
    </message>
    <message>
        <source>希望賃金(&amp;W)</source>
        <translation>&amp;Salário desejado</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>確認した本人確認書類(&amp;I)</source>
        <translation>Documento de &amp;identidade verificado</translation>
    </message>
    <message>
        <source>求職申込日に未来の日付は指定できません。</source>
        <translation>A data da inscrição não pode ser no futuro.</translation>
    </message>
    <message>
        <source>事業所から連絡のあった応募状況を記録します。「面接予定」のときは面接の日時と場所も入力してください。</source>
        <translation>Registre a situação da candidatura informada pela empresa. Em &quot;Entrevista marcada&quot;, informe também a data, a hora e o local.</translation>
    </message>
    <message>
        <source>応募状況を記録</source>
        <translation>Registrar situação</translation>
    </message>
    <message>
        <source>未入力</source>
        <translation>Não preenchido</translation>
    </message>
    <message>
        <source>面接の時刻</source>
        <translation>Hora da entrevista</translation>
    </message>
    <message>
        <source>応募番号(&amp;A)</source>
        <translation>Nº da &amp;candidatura</translation>
    </message>
    <message>
        <source>新しい応募状況(&amp;S)</source>
        <translation>Nova &amp;situação</translation>
    </message>
    <message>
        <source>面接日時(&amp;D)</source>
        <translation>&amp;Data da entrevista</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です</source>
        <translation>Obrigatório para &quot;Entrevista marcada&quot;</translation>
    </message>
    <message>
        <source>面接場所(&amp;P)</source>
        <translation>&amp;Local da entrevista</translation>
    </message>
    <message>
        <source>「面接予定」のときは必須です（{max}文字以内）</source>
        <translation>Obrigatório para &quot;Entrevista marcada&quot; (até {max} caracteres)</translation>
    </message>
    <message>
        <source>応募番号または紹介番号を入力してください。</source>
        <translation>Digite o nº da candidatura ou do encaminhamento.</translation>
    </message>
    <message>
        <source>新しい応募状況を選んでください。</source>
        <translation>Escolha a nova situação.</translation>
    </message>
    <message>
        <source>生年月日（西暦）</source>
        <translation>Data de nascimento (ano ocidental)</translation>
    </message>
    <message>
        <source>フリガナ＋生年月日</source>
        <translation>Katakana + data de nascimento</translation>
    </message>
    <message>
        <source>ID未登録</source>
        <translation>Sem ID</translation>
    </message>
    <message>
        <source>ロック中</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>該当する求職者はいません。</source>
        <translation>Nenhum candidato encontrado.</translation>
    </message>
    <message>
        <source>ご本人による変更はありません。</source>
        <translation>Nenhuma alteração feita pelo candidato.</translation>
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
        <translation>Alterações feitas pelo candidato</translation>
    </message>
    <message>
        <source>または フリガナ</source>
        <translation>ou katakana</translation>
    </message>
    <message>
        <source>仮登録を選んでください</source>
        <translation>Escolha um pré-cadastro</translation>
    </message>
    <message>
        <source>免許・資格・自己PR</source>
        <translation>Licenças, qualificações, apresentação</translation>
    </message>
    <message>
        <source>修正を保存</source>
        <translation>Salvar correção</translation>
    </message>
    <message>
        <source>本人確認のうえ本登録する</source>
        <translation>Verificar identidade e fazer cadastro definitivo (本登録)</translation>
    </message>
    <message>
        <source>{n}件見つかりました。</source>
        <translation>{n} encontrado(s).</translation>
    </message>
    <message>
        <source>該当する仮登録はありません。</source>
        <translation>Nenhum pré-cadastro encontrado.</translation>
    </message>
    <message>
        <source>仮登録番号 {number}&#x3000;{status}&#x3000;{name}（{kana}）</source>
        <translation>Nº do pré-cadastro {number}&#x3000;{status}&#x3000;{name} ({kana})</translation>
    </message>
    <message>
        <source>求職番号 {number}</source>
        <translation>Nº de candidato {number}</translation>
    </message>
    <message>
        <source>修正を保存しました。</source>
        <translation>Correção salva.</translation>
    </message>
    <message>
        <source>本登録しました。求職番号: {number}&#x3000;ログインID（{email}）も登録しました。ご本人がこの場で「窓口でマイページを開設」から開設できます。</source>
        <translation>Cadastro definitivo feito. Nº de candidato: {number}&#x3000;ID de login ({email}) também cadastrado. A pessoa pode abrir a conta agora em &quot;Abrir Minha Página no balcão&quot;.</translation>
    </message>
    <message>
        <source>パスワードの再入力</source>
        <translation>Digite a senha de novo</translation>
    </message>
    <message>
        <source>この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。</source>
        <translation>Antes desta operação, digite de novo a senha de {name} para confirmar.</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>求職登録（新しい求職者）</source>
        <translation>Cadastrar candidato (novo)</translation>
    </message>
    <message>
        <source>マイページ</source>
        <translation>Minha Página</translation>
    </message>
    <message>
        <source>停止中</source>
        <translation>Suspensa</translation>
    </message>
    <message>
        <source>開設済み</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>失敗{n}回</source>
        <translation>{n} falha(s)</translation>
    </message>
    <message>
        <source>求職者ID（監査ログ用）</source>
        <translation>ID do candidato (para o log de auditoria)</translation>
    </message>
    <message>
        <source>希望（職種・勤務地・賃金）</source>
        <translation>Preferências (ocupação, local, salário)</translation>
    </message>
    <message>
        <source>本人による最後の変更</source>
        <translation>Última alteração pelo candidato</translation>
    </message>
    <message>
        <source>ログインID</source>
        <translation>ID de login</translation>
    </message>
    <message>
        <source>ログインのロック</source>
        <translation>Bloqueio de login</translation>
    </message>
    <message>
        <source>ログイン中</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>提供する（{at} 同意）</source>
        <translation>Compartilhar (consentimento em {at})</translation>
    </message>
    <message>
        <source>提供しない（{at} 同意取り消し）</source>
        <translation>Não compartilhar (consentimento retirado em {at})</translation>
    </message>
    <message>
        <source>提供しない（同意なし）</source>
        <translation>Não compartilhar (sem consentimento)</translation>
    </message>
    <message>
        <source>{at}（{items}）</source>
        <translation>{at} ({items})</translation>
    </message>
    <message>
        <source>左の検索結果から求職者を選んでください。</source>
        <translation>Escolha um candidato nos resultados à esquerda.</translation>
    </message>
    <message>
        <source>マイページのアカウント</source>
        <translation>Conta da Minha Página</translation>
    </message>
    <message>
        <source>メールアドレス変更…</source>
        <translation>Alterar e-mail…</translation>
    </message>
    <message>
        <source>アカウントのロック解除…</source>
        <translation>Desbloquear conta…</translation>
    </message>
    <message>
        <source>パスワード再設定の開始…</source>
        <translation>Iniciar redefinição de senha…</translation>
    </message>
    <message>
        <source>本人による変更履歴…</source>
        <translation>Alterações do candidato…</translation>
    </message>
    <message>
        <source>ロック中（失敗{n}回）</source>
        <translation>Bloqueada ({n} falhas)</translation>
    </message>
    <message>
        <source>なし（失敗{n}回）</source>
        <translation>Não ({n} falhas)</translation>
    </message>
    <message>
        <source>有効な認証キーあり</source>
        <translation>Há chave de autenticação válida</translation>
    </message>
    <message>
        <source>はい（ログイン中）</source>
        <translation>Sim (conectado)</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>公開中（事業所が匿名で閲覧できます）</source>
        <translation>Divulgado (empresas veem de forma anônima)</translation>
    </message>
    <message>
        <source>メールアドレス登録…</source>
        <translation>Cadastrar e-mail…</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>文字の大きさ</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>ハイコントラスト</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>表示</source>
        <comment>配色</comment>
        <translation>Cores</translation>
    </message>
    <message>
        <source>{kind}（任意）</source>
        <translation>{kind} (opcional)</translation>
    </message>
    <message>
        <source>PDFを選ぶ…</source>
        <translation>Escolher PDF…</translation>
    </message>
    <message>
        <source>{kind}のPDFを選ぶ</source>
        <translation>Escolher PDF de {kind}</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>{kind}を外す</source>
        <translation>Remover {kind}</translation>
    </message>
    <message>
        <source>作成する…</source>
        <translation>Criar…</translation>
    </message>
    <message>
        <source>{kind}を作成する</source>
        <translation>Criar {kind}</translation>
    </message>
    <message>
        <source>登録されている情報から{kind}を作成して添付します</source>
        <translation>Cria {kind} com seus dados cadastrados e anexa</translation>
    </message>
    <message>
        <source>ファイルを読み込めませんでした。別のファイルを選んでください。</source>
        <translation>Não foi possível ler o arquivo. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>PDFファイル (*.pdf)</source>
        <translation>Arquivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>入力エラー</source>
        <translation>Erro de preenchimento</translation>
    </message>
    <message>
        <source>受付年月日</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>紹介期限日</source>
        <translation>Prazo do encaminhamento</translation>
    </message>
    <message>
        <source>仕事の内容</source>
        <translation>Descrição do trabalho</translation>
    </message>
    <message>
        <source>就業時間</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>休日</source>
        <translation>Folgas</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>オンライン自主応募の可否</source>
        <translation>Candidatura on-line direta</translation>
    </message>
    <message>
        <source>求人者マイページの有無</source>
        <translation>Minha Página para empresas</translation>
    </message>
    <message>
        <source>可（このマイページから応募できます）</source>
        <translation>Sim (candidate-se por esta Minha Página)</translation>
    </message>
    <message>
        <source>不可（ハローワークの紹介が必要です）</source>
        <translation>Não (precisa de encaminhamento da HelloWork)</translation>
    </message>
    <message>
        <source>あり（応募後にメッセージでやりとりできます）</source>
        <translation>Sim (troca de mensagens após a candidatura)</translation>
    </message>
    <message>
        <source>このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、ハローワークが用意した保存用フォルダーだけです。
保存用フォルダーに保存したファイルは、ログアウトすると削除されます。持ち帰るときは USB メモリに保存するか、印刷してください。</source>
        <translation>Este computador é compartilhado. Só é possível salvar em mídias removíveis, como pen drive, e na pasta fornecida pela HelloWork.
Os arquivos dessa pasta são apagados quando você sai. Para levar para casa, salve num pen drive ou imprima.</translation>
    </message>
    <message>
        <source>保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。印刷はいつでもできます。</source>
        <translation>Não há onde salvar. Conecte um pen drive e clique em &quot;Atualizar locais&quot;. Imprimir é sempre possível.</translation>
    </message>
    <message>
        <source>USB メモリなど：{name}（{folder}）</source>
        <translation>Pen drive etc.: {name} ({folder})</translation>
    </message>
    <message>
        <source>ハローワークの保存用フォルダー（ログアウトすると削除されます）</source>
        <translation>Pasta da HelloWork (apagada quando você sai)</translation>
    </message>
    <message>
        <source>ファイル名：{name}</source>
        <translation>Nome do arquivo: {name}</translation>
    </message>
    <message>
        <source>保存先</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <source>場所を更新</source>
        <translation>Atualizar locais</translation>
    </message>
    <message>
        <source>保存する</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>この場所には保存できません。別の場所を選んでください。</source>
        <translation>Não é possível salvar neste local. Escolha outro.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで開かれています。別の場所か別の名前を選んでください。</source>
        <translation>Não foi possível salvar o PDF. O local não permite gravação ou um arquivo com o mesmo nome está aberto em outro app. Escolha outro local ou nome.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。</source>
        <translation>Não foi possível salvar o PDF. Não há espaço livre suficiente. Escolha outro local.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。</source>
        <translation>Não foi possível salvar o PDF. A pasta não foi encontrada. Escolha outro local.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。別の場所を選んでもう一度お試しください。</source>
        <translation>Não foi possível salvar o PDF. Escolha outro local e tente de novo.</translation>
    </message>
    <message>
        <source>年月は西暦で「2020-04」のように入力してください。</source>
        <translation>Digite ano e mês no calendário ocidental, como &quot;2020-04&quot;.</translation>
    </message>
    <message>
        <source>始め（年月）</source>
        <translation>Início (ano-mês)</translation>
    </message>
    <message>
        <source>終わり（年月）</source>
        <translation>Fim (ano-mês)</translation>
    </message>
    <message>
        <source>行を追加</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>始め</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>終わり</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>{n}行目の</source>
        <translation>Linha {n}: </translation>
    </message>
    <message>
        <source>{n}行目を削除</source>
        <translation>Excluir linha {n}</translation>
    </message>
    <message>
        <source>学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。</source>
        <translation>Preencha formação e experiência, das mais antigas para as mais recentes (até {max} linhas cada).</translation>
    </message>
    <message>
        <source>学校名・学部・学科、卒業・中退など</source>
        <translation>Escola, faculdade, curso; formado, interrompido etc.</translation>
    </message>
    <message>
        <source>在学中の場合、終わりは空欄にしてください。</source>
        <translation>Se ainda estuda, deixe o fim em branco.</translation>
    </message>
    <message>
        <source>会社名・仕事の内容</source>
        <translation>Empresa e descrição do trabalho</translation>
    </message>
    <message>
        <source>現在お勤めの場合、終わりは空欄にしてください。</source>
        <translation>Se trabalha lá hoje, deixe o fim em branco.</translation>
    </message>
    <message>
        <source>ご本人の情報を入力してください。</source>
        <translation>Preencha seus dados pessoais.</translation>
    </message>
    <message>
        <source>例: 山形 太郎（姓と名の間に空白）</source>
        <translation>Ex.: 山形 太郎 (espaço entre sobrenome e nome)</translation>
    </message>
    <message>
        <source>カタカナ（ひらがなでも入力できます）&#x3000;例: ヤマガタ タロウ</source>
        <translation>Katakana (hiragana também serve)&#x3000;Ex.: ヤマガタ タロウ</translation>
    </message>
    <message>
        <source>半角数字、西暦で入力してください</source>
        <translation>Ano ocidental, números de meia largura</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>選択しない</source>
        <translation>Não escolher</translation>
    </message>
    <message>
        <source>連絡先を入力してください。</source>
        <translation>Preencha seu contato.</translation>
    </message>
    <message>
        <source>番地・建物名・部屋番号まで入力してください</source>
        <translation>Digite até o número, prédio e apartamento</translation>
    </message>
    <message>
        <source>仮登録番号のお知らせと、一時保存した入力の再開に使います</source>
        <translation>Usado para enviar o nº do pré-cadastro e para retomar o preenchimento salvo</translation>
    </message>
    <message>
        <source>希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。</source>
        <translation>Preencha as condições do trabalho que você procura. Você também pode alterar com ajuda no balcão.</translation>
    </message>
    <message>
        <source>例: 8:30〜17:30、午前のみ</source>
        <translation>Ex.: 8:30–17:30, só de manhã</translation>
    </message>
    <message>
        <source>1行に1つ&#x3000;例: 普通自動車第一種運転免許（{max}文字以内）</source>
        <translation>Um por linha. Ex.: 普通自動車第一種運転免許 (até {max} caracteres)</translation>
    </message>
    <message>
        <source>障害に関する情報</source>
        <translation>Informações sobre deficiência</translation>
    </message>
    <message>
        <source>入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください（窓口でご相談いただくこともできます）。</source>
        <translation>Opcional. Você pode fazer o pré-cadastro sem preencher. Se precisar de alguma adaptação, escreva aqui (também pode falar no balcão).</translation>
    </message>
    <message>
        <source>（任意）</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>紹介状をPDFで保存</source>
        <translation>Salvar carta (紹介状) em PDF</translation>
    </message>
    <message>
        <source>紹介状を印刷</source>
        <translation>Imprimir carta (紹介状)</translation>
    </message>
    <message>
        <source>{name}を表示</source>
        <translation>Mostrar {name}</translation>
    </message>
    <message>
        <source>ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>Se usar um computador da HelloWork, não deixe de clicar em &quot;Sair&quot; ao terminar.</translation>
    </message>
    <message>
        <source>【！重要！】</source>
        <translation>【! Importante !】</translation>
    </message>
    <message>
        <source>{office}&#x3000;操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）</source>
        <translation>{office}&#x3000;Dúvidas de uso: suporte (tel.: {helpdesk})</translation>
    </message>
    <message>
        <source>求職者マイページ利用者マニュアル</source>
        <translation>Manual da Minha Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>マニュアルを表示できません。操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。</source>
        <translation>Não foi possível mostrar o manual. O suporte (tel.: {helpdesk}) explica como usar.</translation>
    </message>
    <message>
        <source>ステップ{n}／{total}</source>
        <translation>Etapa {n}/{total}</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>ただいま処理を受け付けることができません。入力した内容はそのままです。しばらく待ってから、もう一度お試しください。</source>
        <translation>Não foi possível processar agora. O que você digitou foi mantido. Aguarde um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>ステップ1</source>
        <translation>Etapa 1</translation>
    </message>
    <message>
        <source>マイページ利用規約等の同意</source>
        <translation>Aceitar os termos de uso da Minha Página</translation>
    </message>
    <message>
        <source>ステップ2</source>
        <translation>Etapa 2</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード登録申込）</source>
        <translation>Digitar o e-mail (pedido de cadastro de senha)</translation>
    </message>
    <message>
        <source>メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが届きます。</source>
        <translation>Ao digitar seu e-mail, você recebe nele o e-mail &quot;Confirmação do pedido de cadastro de senha&quot;.</translation>
    </message>
    <message>
        <source>ステップ3</source>
        <translation>Etapa 3</translation>
    </message>
    <message>
        <source>パスワードの登録</source>
        <translation>Cadastrar a senha</translation>
    </message>
    <message>
        <source>パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。</source>
        <translation>Digite a senha e a &quot;chave de autenticação&quot; (認証キー) do e-mail de confirmação.</translation>
    </message>
    <message>
        <source>（メール配信から{minutes}分以内）</source>
        <translation>(até {minutes} min após o envio do e-mail)</translation>
    </message>
    <message>
        <source>ステップ4</source>
        <translation>Etapa 4</translation>
    </message>
    <message>
        <source>求職者マイページアカウント登録完了、求職者マイページの開設</source>
        <translation>Conta criada e Minha Página (求職者マイページ) aberta</translation>
    </message>
    <message>
        <source>求職者マイページの各種メニューをご利用いただけるようになります。</source>
        <translation>Você pode usar todos os menus da Minha Página.</translation>
    </message>
    <message>
        <source>求職者マイページ利用規約確認</source>
        <translation>Termos de uso da Minha Página</translation>
    </message>
    <message>
        <source>このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを完了している方が、求職者マイページを開設するためのページです。</source>
        <translation>Esta página é para abrir a Minha Página (求職者マイページ) se você já fez no balcão (窓口) da HelloWork o cadastro de candidato e o da conta (e-mail).</translation>
    </message>
    <message>
        <source>●求職者マイページ開設手順</source>
        <translation>● Como abrir a Minha Página</translation>
    </message>
    <message>
        <source>マイページ利用規約等の確認・同意</source>
        <translation>Ler e aceitar os termos de uso da Minha Página</translation>
    </message>
    <message>
        <source>プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。</source>
        <translation>Leia a Política de privacidade e os Termos de uso da Minha Página e clique em &quot;Avançar&quot;.</translation>
    </message>
    <message>
        <source>「プライバシーポリシー」「マイページ利用規約」に同意します。</source>
        <translation>Aceito a &quot;Política de privacidade&quot; e os &quot;Termos de uso da Minha Página&quot;.</translation>
    </message>
    <message>
        <source>必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。
それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。</source>
        <translation>Leia a &quot;Política de privacidade&quot; e os &quot;Termos de uso da Minha Página&quot;.
Depois de ler cada um até o fim, você pode marcar &quot;Aceito&quot;.</translation>
    </message>
    <message>
        <source>まだ最後までご覧いただいていない文書：{titles}</source>
        <translation>Documentos ainda não lidos até o fim: {titles}</translation>
    </message>
    <message>
        <source>同意いただきました。「次へ進む」ボタンをクリックしてください。</source>
        <translation>Aceito. Clique em &quot;Avançar&quot;.</translation>
    </message>
    <message>
        <source>両方の文書を最後までご確認いただきました。「同意します」にチェックできます。</source>
        <translation>Você leu os dois documentos até o fim. Já pode marcar &quot;Aceito&quot;.</translation>
    </message>
    <message>
        <source>パスワード再設定完了</source>
        <translation>Senha redefinida</translation>
    </message>
    <message>
        <source>パスワード登録完了</source>
        <translation>Senha cadastrada</translation>
    </message>
    <message>
        <source>パスワードの再設定が完了しました</source>
        <translation>A senha foi redefinida</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードでログインしてください。</source>
        <translation>Clique em &quot;Ir para o login&quot; e entre com o e-mail cadastrado e a nova senha.</translation>
    </message>
    <message>
        <source>安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。</source>
        <translation>Por segurança, todas as sessões abertas em outros computadores foram encerradas.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。</source>
        <translation>Enviamos o e-mail &quot;Aviso de redefinição de senha&quot; ao seu e-mail cadastrado.</translation>
    </message>
    <message>
        <source>マイページ開設完了</source>
        <translation>Minha Página aberta</translation>
    </message>
    <message>
        <source>「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、各種サービスをご利用ください。</source>
        <translation>Clique em &quot;Ir para o login&quot;, entre com o e-mail cadastrado e a senha e use os serviços.</translation>
    </message>
    <message>
        <source>求職者マイページの開設が完了し、求職者マイページの各種メニューをご利用いただけるようになりました。</source>
        <translation>Sua Minha Página (求職者マイページ) está aberta. Você já pode usar todos os menus.</translation>
    </message>
    <message>
        <source>登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。</source>
        <translation>Enviamos o e-mail &quot;Aviso de senha cadastrada&quot; ao seu e-mail cadastrado.</translation>
    </message>
    <message>
        <source>入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。</source>
        <translation>Letras, números e símbolos de largura total na senha foram convertidos para meia largura. Ao entrar, digite em meia largura (em largura total a senha também é aceita).</translation>
    </message>
    <message>
        <source>【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。</source>
        <translation>【! Importante !】 Se usar um computador da HelloWork, não deixe de clicar em &quot;Sair&quot; ao terminar.</translation>
    </message>
    <message>
        <source>※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください（下のボタンで開きます）。</source>
        <translation>※ Para saber como usar a Minha Página, veja o &quot;Manual da Minha Página&quot; (abre no botão abaixo).</translation>
    </message>
    <message>
        <source>利用者マニュアルを開く</source>
        <translation>Abrir o manual</translation>
    </message>
    <message>
        <source>ヘルプデスク(電話：{number})でも操作方法をご案内しております。</source>
        <translation>O suporte (tel.: {number}) também explica como usar.</translation>
    </message>
    <message>
        <source>※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。</source>
        <translation>※ Se esqueceu o e-mail cadastrado, vá ao balcão (窓口) com um documento de identidade.</translation>
    </message>
    <message>
        <source>メールアドレスの入力（パスワード再設定申込）</source>
        <translation>Digitar o e-mail (pedido de redefinição de senha)</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。</source>
        <translation>Digite o e-mail e a data de nascimento cadastrados no balcão da HelloWork.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。</source>
        <translation>Enviaremos o e-mail &quot;Confirmação do pedido de redefinição de senha&quot; ao endereço informado.</translation>
    </message>
    <message>
        <source>ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。</source>
        <translation>Enviaremos o e-mail &quot;Confirmação do pedido de cadastro de senha&quot; ao endereço informado.</translation>
    </message>
    <message>
        <source>メール受信制限をされている方は{sender}からのメール受信を許可してください。</source>
        <translation>Se você filtra e-mails, permita mensagens de {sender}.</translation>
    </message>
    <message>
        <source>半角英数字100文字以内</source>
        <translation>Até 100 letras e números de meia largura</translation>
    </message>
    <message>
        <source>半角数字 西暦で入力してください</source>
        <translation>Ano ocidental, números de meia largura</translation>
    </message>
    <message>
        <source>※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。</source>
        <translation>※ Você vai receber no e-mail informado uma mensagem com a &quot;chave de autenticação&quot; (認証キー).</translation>
    </message>
    <message>
        <source>（{version}版）</source>
        <translation>(versão {version})</translation>
    </message>
    <message>
        <source>最後まで確認済み</source>
        <translation>Lido até o fim</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Não lido</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>求職者マイページの開設</source>
        <translation>Abrir a Minha Página (求職者マイページ)</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>ログイン画面へ進む</source>
        <translation>Ir para o login</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。パスワードの再設定を中止しますか？</source>
        <translation>O que você digitou será descartado. Cancelar a redefinição de senha?</translation>
    </message>
    <message>
        <source>入力した内容は破棄されます。求職者マイページの開設を中止しますか？</source>
        <translation>O que você digitou será descartado. Cancelar a abertura da Minha Página?</translation>
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
        <translation>Cadastrar nova senha</translation>
    </message>
    <message>
        <source>パスワード再設定申込受付通知</source>
        <translation>Confirmação do pedido de redefinição de senha</translation>
    </message>
    <message>
        <source>パスワード登録申込受付通知</source>
        <translation>Confirmação do pedido de cadastro de senha</translation>
    </message>
    <message>
        <source>パスワード再設定申込を受け付けました。</source>
        <translation>Pedido de redefinição de senha recebido.</translation>
    </message>
    <message>
        <source>パスワード登録申込を受け付けました。</source>
        <translation>Pedido de cadastro de senha recebido.</translation>
    </message>
    <message>
        <source>ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に「{mail}」メールをお送りしました。</source>
        <translation>Se o e-mail e a data de nascimento cadastrados no balcão da HelloWork conferirem, enviamos o e-mail &quot;{mail}&quot; a esse endereço.</translation>
    </message>
    <message>
        <source>メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、「完了」ボタンをクリックしてください。</source>
        <translation>Veja a &quot;chave de autenticação&quot; no e-mail, digite a senha e a chave e clique em &quot;Concluir&quot;.</translation>
    </message>
    <message>
        <source>登録するパスワード</source>
        <translation>Senha a cadastrar</translation>
    </message>
    <message>
        <source>登録するパスワード（確認用）</source>
        <translation>Senha a cadastrar (confirmação)</translation>
    </message>
    <message>
        <source>はじめからやり直す</source>
        <translation>Recomeçar do início</translation>
    </message>
    <message>
        <source>認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）</source>
        <translation>Chave de autenticação: a do e-mail &quot;{mail}&quot; (válida por {minutes} min após o envio)</translation>
    </message>
    <message>
        <source>しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。メール受信制限をしている方は、{sender} からのメール受信を許可し、はじめから{what}をやり直してください。</source>
        <translation>Se o e-mail não chegar depois de um tempo, confira se o endereço está certo. Se você filtra e-mails, permita mensagens de {sender} e recomece desde o início: {what}.</translation>
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
        <translation>Original (japonês): este é o texto oficial</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Salvar</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
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
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
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
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
</TS>
