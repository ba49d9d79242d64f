; Sổ hòa giải: Windows installer, PER USER and without administrator rights.
; Compiled by installer/build.py (packaging_windows.py) with:
;   makensis -DVERSION=x.y.z -DBUNDLE=<dist\hoagiai> -DOUTFILE=<setup.exe> hoagiai.nsi
; Installs into $LOCALAPPDATA\Programs\hoagiai, or (the "portable" choice) into any folder, e.g.
; on a USB stick, with a `portable` marker file beside hoagiai.exe: the program then keeps its
; book in data\ beside itself (desktop.core.resources.data_folder).
Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\hoagiai"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\hoagiai-${VERSION}-setup.exe"
!endif
!define APP_NAME "Sổ hòa giải"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\hoagiai"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\hoagiai"
InstallDirRegKey HKCU "Software\hoagiai" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "${APP_NAME} ${VERSION}"

Var Portable
Var PortableBox
Var KeepDataBox
Var RemoveData

!define MUI_ICON "${BUNDLE}\_internal\resources\icons\hoagiai.ico"
!define MUI_UNICON "${BUNDLE}\_internal\resources\icons\hoagiai.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\hoagiai.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở Sổ hòa giải ngay"

!insertmacro MUI_PAGE_WELCOME
Page custom ModePage ModePageLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; --- Installing ----------------------------------------------------------------------------

Function ModePage
  !insertmacro MUI_HEADER_TEXT "Cách cài đặt" "Cài vào máy này, hoặc làm bản mang theo trên USB."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "Bản thường: cài cho riêng tài khoản của bạn, không cần quyền quản trị; sổ được lưu trong thư mục dữ liệu của bạn.$\r$\nBản mang theo: mọi thứ nằm trong một thư mục (ví dụ trên USB), sổ nằm ngay cạnh chương trình."
  Pop $0
  ${NSD_CreateCheckbox} 0 48u 100% 12u "Làm bản mang theo (portable) trên USB hoặc thư mục tự chọn"
  Pop $PortableBox
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $PortableBox $Portable
  ${If} $Portable == ${BST_CHECKED}
    StrCpy $INSTDIR "$EXEDIR\SoHoaGiai"
  ${EndIf}
FunctionEnd

Section "Sổ hòa giải" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrading over an older version: the old program files go, the book (elsewhere, or in
  ; data\ for a portable copy) stays; the program copies it before migrating.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  ${If} $Portable == ${BST_CHECKED}
    FileOpen $0 "$INSTDIR\portable" w
    FileWrite $0 "Sổ hòa giải keeps its data in the data folder beside this file.$\r$\n"
    FileClose $0
    CreateDirectory "$INSTDIR\data"
  ${Else}
    WriteUninstaller "$INSTDIR\uninstall.exe"
    CreateShortcut "$SMPROGRAMS\Sổ hòa giải.lnk" "$INSTDIR\hoagiai.exe"
    CreateShortcut "$DESKTOP\Sổ hòa giải.lnk" "$INSTDIR\hoagiai.exe"
    WriteRegStr HKCU "Software\hoagiai" "InstallDir" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Sổ hòa giải developers"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hoagiai.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${EndIf}
SectionEnd

; --- Uninstalling: the data stays unless the box is ticked ---------------------------------

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Dữ liệu của tổ" "Sổ hòa giải và các bản sao lưu được giữ lại, trừ khi bạn chọn xóa."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 30u "Chương trình sẽ được gỡ bỏ. Sổ hòa giải (dữ liệu vụ việc) và các bản sao lưu trong $LOCALAPPDATA\hoagiai vẫn được giữ nguyên."
  Pop $0
  ${NSD_CreateCheckbox} 0 40u 100% 12u "Xóa luôn sổ và các bản sao lưu (không thể khôi phục)"
  Pop $KeepDataBox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $KeepDataBox $RemoveData
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Sổ hòa giải.lnk"
  Delete "$DESKTOP\Sổ hòa giải.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\hoagiai.exe"
  Delete "$INSTDIR\hoagiai-console.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "$LOCALAPPDATA\hoagiai"
  ${EndIf}
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\hoagiai"
SectionEnd
