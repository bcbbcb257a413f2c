import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Overscope: wrote 1 accepted finding(s) to')
assert log.contains('1 allowed or baselined')
assert log.contains('BUILD SUCCESS')
def baseline = new JsonSlurper().parse(new File(basedir, '.overscope-baseline.json'))
assert baseline.version == 1
def entries = baseline.findings
assert entries.size() == 1
assert entries[0].id == 'adea1bd97ff92edd506b046bf1b98bf0'
assert entries[0].rule == 'railway-account-token'
assert entries[0].path == 'CLAUDE.md'
assert entries[0].line == 3
true
