@echo off
rem EduNode @VERSION@: double-click to install from this folder (runs install-windows.ps1).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"
pause
