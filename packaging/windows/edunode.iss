; Inno Setup 6 script: EduNode's Windows installer, from the PyInstaller one-folder app that
; packaging/edunode.spec builds on Windows into dist\edunode\ (edunode.exe, the command line;
; edunodew.exe, the same program without a console, for the shortcuts).
; Built by .github/workflows/package.yml:  iscc /DAppVersion=0.1.0 packaging\windows\edunode.iss
; Output: dist\edunode-VERSION-windows-x86_64-setup.exe. Not built or run on the Linux machine
; where it was written (packaging/README.md says what was tried).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0D5C1B-2F4A-4C1E-9B8E-3D7A5E0C4B21}
AppName=EduNode
AppVersion={#AppVersion}
AppVerName=EduNode {#AppVersion}
AppPublisher=EduNode developers
AppComments=Courses and learner records shared between the PCs of a school community
DefaultDirName={autopf}\EduNode
DefaultGroupName=EduNode
DisableProgramGroupPage=yes
; a teacher without administrator rights can install for themselves; an administrator for all
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=edunode-{#AppVersion}-windows-x86_64-setup
SetupIconFile=packaging\windows\edunode.ico
UninstallDisplayIcon={app}\edunodew.exe
UninstallDisplayName=EduNode
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships these of EduNode's languages (Arabic and Kiswahili setup texts are not
; among its official translations: those PCs get the setup in English, the app in theirs)
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\edunode\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\EduNode"; Filename: "{app}\edunodew.exe"; Comment: "Courses and learner records"
Name: "{autodesktop}\EduNode"; Filename: "{app}\edunodew.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\edunodew.exe"; Description: "{cm:LaunchProgram,EduNode}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python's caches written beside the app; the users' data folders (%LOCALAPPDATA%\EduNode) stay
Type: filesandordirs; Name: "{app}"
