@echo off
rem Leafpress launcher for Windows: builds the jar with Maven when it is missing, then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\leafpress.jar"
if not exist "%JAR%" (
  echo leafpress: building the tool with Maven (first run^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -Dmaven.test.skip=true package 1>&2
  if errorlevel 1 (
    popd
    echo leafpress: the Maven build failed. 1>&2
    exit /b 2
  )
  popd
)
java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
