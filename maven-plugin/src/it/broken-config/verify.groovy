def log = new File(basedir, 'build.log').text
assert log.contains('Overscope configuration error: ')
assert log.contains('.overscope.yaml:3: field \'policy.fail-om\'')
assert !log.contains('Overscope: scanning')
assert log.contains('BUILD FAILURE')
true
