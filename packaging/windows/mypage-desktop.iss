; Inno Setup 6 script (skeleton) for mypage-desktop.  Build on a Windows runner, after
; `pyinstaller packaging\mypage-desktop.spec` has produced dist\mypage-desktop\ :
;   iscc /DAppVersion=0.1.0 packaging\windows\mypage-desktop.iss
; Output: dist\installer\mypage-desktop-setup-<version>.exe
;
; Machine-wide install (Program Files, all users).  The installer asks for the office's
; settings and writes them to %ProgramData%\mypage-desktop\config.toml, the "site" file that
; mypage_desktop.config reads (platformdirs.site_config_dir, appauthor=False).  Per-user files
; and MYPAGE_* environment variables still override it.  An existing config.toml is kept on
; upgrade.  The SMTP password is never written to a file (config.py refuses it there): set
; MYPAGE_SMTP_PASSWORD as a machine environment variable instead.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (SaveStringsToUTF8FileWithoutBOM)
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ハローワーク求職者マイページ"
#define AppExe "mypage-desktop.exe"
#define DistDir "..\..\dist\mypage-desktop"

[Setup]
AppId={{5E0F3C1A-7D3B-4C53-9A8F-6D2E1B7C4A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=mypage-desktop
DefaultDirName={autopf}\mypage-desktop
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=mypage-desktop-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
ShowLanguageDialog=no

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Dirs]
; config dir: admins edit it, users only read it
Name: "{commonappdata}\mypage-desktop"; Permissions: users-readexec

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{commondesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{group}\{#AppName} のアンインストール"; Filename: "{uninstallexe}"

[Tasks]
Name: "desktopicon"; Description: "デスクトップにアイコンを作成する"; GroupDescription: "追加のアイコン:"
Name: "kiosk"; Description: "窓口の共用端末（キオスク）として使う"; GroupDescription: "利用形態:"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "{#AppName} を起動する"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; config.toml is deliberately left in place (it holds the office's settings).

[Code]
var
  DbPage: TInputQueryWizardPage;
  MailPage: TInputQueryWizardPage;
  OfficePage: TInputQueryWizardPage;

function ConfigPath: String;
begin
  Result := ExpandConstant('{commonappdata}\mypage-desktop\config.toml');
end;

procedure InitializeWizard;
begin
  OfficePage := CreateInputQueryPage(wpSelectTasks,
    '窓口の設定', '設置するハローワークの情報',
    '画面とメールに表示されます。');
  OfficePage.Add('安定所名:', False);
  OfficePage.Add('安定所番号（5桁）:', False);
  OfficePage.Add('問い合わせ先電話番号:', False);
  OfficePage.Values[0] := 'ハローワークやまがた';
  OfficePage.Values[1] := '06010';
  OfficePage.Values[2] := '0570-077450';

  DbPage := CreateInputQueryPage(OfficePage.ID,
    'データベース', '複数の端末で使う場合は PostgreSQL を指定してください',
    '空欄なら、この PC の中の SQLite を使います（1台で使う場合のみ）。' + #13#10 +
    '例: postgresql://mypage@db-server:5432/mypage');
  DbPage.Add('PostgreSQL の接続先（URL）:', False);

  MailPage := CreateInputQueryPage(DbPage.ID,
    'メール送信', 'SMTP サーバー',
    '空欄なら、メールは送信せずフォルダーに保存します（デモ・検証用）。' + #13#10 +
    'SMTP のパスワードはファイルに保存しません。必要なら環境変数 MYPAGE_SMTP_PASSWORD に設定してください。');
  MailPage.Add('SMTP サーバー名:', False);
  MailPage.Add('ポート番号:', False);
  MailPage.Values[1] := '587';
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  { On upgrade keep the existing settings and skip the questions. }
  Result := FileExists(ConfigPath) and
    ((PageID = OfficePage.ID) or (PageID = DbPage.ID) or (PageID = MailPage.ID));
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Code: String;
  I: Integer;
begin
  Result := True;
  if CurPageID = OfficePage.ID then
  begin
    Code := Trim(OfficePage.Values[1]);
    if Length(Code) <> 5 then Result := False;
    for I := 1 to Length(Code) do
      if (Code[I] < '0') or (Code[I] > '9') then Result := False;
    if not Result then
      MsgBox('安定所番号は5桁の数字で入力してください。', mbError, MB_OK);
  end;
end;

{ TOML basic string: escape backslash and double quote. }
function TomlString(const S: String): String;
var
  T: String;
begin
  T := S;
  StringChangeEx(T, '\', '\\', True);
  StringChangeEx(T, '"', '\"', True);
  Result := '"' + T + '"';
end;

function BoolText(B: Boolean): String;
begin
  if B then Result := 'true' else Result := 'false';
end;

procedure AddLine(var Lines: TArrayOfString; const S: String);
begin
  SetArrayLength(Lines, GetArrayLength(Lines) + 1);
  Lines[GetArrayLength(Lines) - 1] := S;
end;

procedure WriteSiteConfig;
var
  Lines: TArrayOfString;
  Db, Smtp: String;
begin
  Db := Trim(DbPage.Values[0]);
  Smtp := Trim(MailPage.Values[0]);
  AddLine(Lines, '# mypage-desktop: settings for every user of this PC (written by the installer).');
  AddLine(Lines, '# Per-user config.toml and MYPAGE_* environment variables override these values.');
  AddLine(Lines, '[mypage]');
  AddLine(Lines, 'office_name = ' + TomlString(Trim(OfficePage.Values[0])));
  AddLine(Lines, 'office_code = ' + TomlString(Trim(OfficePage.Values[1])));
  AddLine(Lines, 'helpdesk_number = ' + TomlString(Trim(OfficePage.Values[2])));
  AddLine(Lines, 'kiosk_mode = ' + BoolText(WizardIsTaskSelected('kiosk')));
  if Db <> '' then
    AddLine(Lines, 'database_url = ' + TomlString(Db))
  else
    AddLine(Lines, '# database_url = "postgresql://user@server:5432/mypage"  (unset: SQLite on this PC)');
  if Smtp <> '' then
  begin
    AddLine(Lines, 'mail_transport = "smtp"');
    AddLine(Lines, 'smtp_host = ' + TomlString(Smtp));
    AddLine(Lines, 'smtp_port = ' + IntToStr(StrToIntDef(Trim(MailPage.Values[1]), 587)));
    AddLine(Lines, 'smtp_starttls = true');
  end
  else
    AddLine(Lines, 'mail_transport = "folder"');
  { UTF-8 without a BOM: Python's tomllib rejects a BOM, and SaveStringToFile would write
    the ANSI code page (CP932), not UTF-8. }
  if not SaveStringsToUTF8FileWithoutBOM(ConfigPath, Lines, False) then
    MsgBox('設定ファイルを書き込めませんでした: ' + ConfigPath, mbError, MB_OK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and not FileExists(ConfigPath) then
    WriteSiteConfig;
end;
