# EduNode @VERSION@ for Windows, from this folder alone: no internet needed.
# Needs Python 3.11 or 3.12 (64-bit) installed first (README.txt says how). Installs for the
# current user into %LOCALAPPDATA%\Programs\EduNode: a virtual environment with EduNode and
# the wheels of this kit, a Start menu and a desktop shortcut, and the `edunode` command
# (added to the user's PATH). The school's records stay in EduNode's data folder
# (%LOCALAPPDATA%\EduNode), which neither this script nor uninstall-windows.ps1 touches.
$ErrorActionPreference = "Stop"
$Version = "@VERSION@"
$Kit = $PSScriptRoot
$Dest = Join-Path $env:LOCALAPPDATA "Programs\EduNode"
$Check = "import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) and sys.maxsize > 2**32 else 1)"

# Python: the py launcher's 3.12 or 3.11, else python on PATH, else the usual install folders.
$Candidates = @()
if (Get-Command py -ErrorAction SilentlyContinue) {
    foreach ($v in "3.12", "3.11") { $Candidates += , @("py", "-$v") }
}
foreach ($p in "python", "python3") {
    $c = Get-Command $p -ErrorAction SilentlyContinue
    if ($c -and $c.Source -notlike "*WindowsApps*") { $Candidates += , @($c.Source) }
}
foreach ($v in "312", "311") {
    foreach ($dir in "$env:LOCALAPPDATA\Programs\Python\Python$v", "$env:ProgramFiles\Python$v") {
        if (Test-Path "$dir\python.exe") { $Candidates += , @("$dir\python.exe") }
    }
}
$Python = $null
foreach ($c in $Candidates) {
    $exe = $c[0]; $rest = @($c | Select-Object -Skip 1)
    & $exe @rest -c $Check 2>$null
    if ($LASTEXITCODE -eq 0) { $Python = $c; break }
}
if (-not $Python) {
    Write-Host "EduNode needs Python 3.11 or 3.12 (64-bit), and none was found."
    Write-Host "Install it first (see README.txt: the python.org installer, 'Add python.exe to PATH'),"
    Write-Host "then run this script again."
    exit 1
}
$exe = $Python[0]; $rest = @($Python | Select-Object -Skip 1)
Write-Host "Installing EduNode $Version into $Dest with $(& $exe @rest -c 'import sys; print(sys.executable)')"

if (Test-Path "$Dest\venv") { Remove-Item -Recurse -Force "$Dest\venv" }  # a new version replaces the old
New-Item -ItemType Directory -Force -Path "$Dest\bin" | Out-Null
& $exe @rest -m venv "$Dest\venv"
if ($LASTEXITCODE -ne 0) { throw "could not make the virtual environment in $Dest\venv" }
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
& "$Dest\venv\Scripts\python.exe" -m pip install --no-index --find-links "$Kit\wheels" `
    -r "$Kit\requirements.txt" "edunode==$Version"
if ($LASTEXITCODE -ne 0) { throw "pip could not install EduNode from $Kit\wheels" }
& "$Dest\venv\Scripts\edunode.exe" --version
if ($LASTEXITCODE -ne 0) { throw "EduNode was installed but does not start" }

Copy-Item "$Kit\edunode.ico" "$Dest\edunode.ico" -Force
Copy-Item "$Kit\uninstall-windows.ps1" "$Dest\uninstall-windows.ps1" -Force
Set-Content -Path "$Dest\bin\edunode.cmd" -Value "@`"$Dest\venv\Scripts\edunode.exe`" %*" -Encoding ASCII

# Shortcuts: the window without a console (pythonw -m edunode).
$Shell = New-Object -ComObject WScript.Shell
foreach ($folder in [Environment]::GetFolderPath("Programs"), [Environment]::GetFolderPath("Desktop")) {
    $link = $Shell.CreateShortcut((Join-Path $folder "EduNode.lnk"))
    $link.TargetPath = "$Dest\venv\Scripts\pythonw.exe"
    $link.Arguments = "-m edunode"
    $link.WorkingDirectory = $Dest
    $link.IconLocation = "$Dest\edunode.ico"
    $link.Description = "EduNode: courses and learner records"
    $link.Save()
}

# The command line: %LOCALAPPDATA%\Programs\EduNode\bin on the user's PATH.
$UserPath = [Environment]::GetEnvironmentVariable("Path", "User")
if (-not $UserPath) { $UserPath = "" }
if (($UserPath -split ";") -notcontains "$Dest\bin") {
    [Environment]::SetEnvironmentVariable("Path", (($UserPath.TrimEnd(";") + ";$Dest\bin").TrimStart(";")), "User")
}
Write-Host "EduNode $Version is installed: open it from the Start menu or the desktop."
Write-Host "In a new terminal, 'edunode --help' lists the commands."
