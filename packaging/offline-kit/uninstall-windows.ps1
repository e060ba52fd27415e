# Removes what install-windows.ps1 made (the program, its shortcuts, its PATH entry).
# EduNode's data folder, %LOCALAPPDATA%\EduNode (the school's records), is kept.
$ErrorActionPreference = "Stop"
$Dest = Join-Path $env:LOCALAPPDATA "Programs\EduNode"
foreach ($folder in [Environment]::GetFolderPath("Programs"), [Environment]::GetFolderPath("Desktop")) {
    $link = Join-Path $folder "EduNode.lnk"
    if (Test-Path $link) { Remove-Item -Force $link }
}
$UserPath = [Environment]::GetEnvironmentVariable("Path", "User")
if ($UserPath) {
    $kept = ($UserPath -split ";") | Where-Object { $_ -and $_ -ne "$Dest\bin" }
    [Environment]::SetEnvironmentVariable("Path", ($kept -join ";"), "User")
}
Set-Location $env:TEMP
if (Test-Path $Dest) { Remove-Item -Recurse -Force $Dest }
Write-Host "EduNode is removed. Its data folder $env:LOCALAPPDATA\EduNode is kept."
