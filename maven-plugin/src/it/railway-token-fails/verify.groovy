import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def token = new File(basedir, 'CLAUDE.md').text.find(/[0-9a-f]{8}-[0-9a-f-]{27}/)
// The failure names the finding on one line: path:line provider kind scope reach (evidence), redacted.
assert log.contains('Overscope: 1 credential within agents\' reach fails the policy (fails on root:workspace)')
assert log.contains('CLAUDE.md:3 Railway account or workspace API token — scope root, reach context (variable RAILWAY_API_TOKEN')
assert log.contains('— secret ' + token.substring(0, 4) + '…(36 chars)')
assert log.contains('SARIF report: ' + new File(basedir, 'target/overscope.sarif').canonicalPath)
assert log.contains('fingerprints: [adea1bd97ff92edd506b046bf1b98bf0]')
assert log.contains('reason: <why this credential is acceptable here>')
assert log.contains('mvn overscope:baseline')
assert log.contains('BUILD FAILURE')
assert !log.contains(token.substring(9)) : 'the build log must never hold the secret'

def sarif = new File(basedir, 'target/overscope.sarif')
assert sarif.isFile()
assert !sarif.text.contains(token.substring(9))
def results = new JsonSlurper().parse(sarif).runs[0].results
assert results*.ruleId == ['railway-account-token']
true
