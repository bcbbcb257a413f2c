// Makes the sample a git repository whose history holds a Railway account token that the working tree no longer
// has: committed in CLAUDE.md, then deleted. The token is fabricated; the variable name is split here so that this
// script, which stays in the working tree, does not hold a finding itself.
def git(String... args) {
  def command = ['git', '-c', 'user.name=Overscope IT', '-c', 'user.email=it@overscope.invalid',
                 '-c', 'commit.gpgsign=false'] + args.toList()
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}

def claude = new File(basedir, 'CLAUDE.md')
def variable = 'RAILWAY_API' + '_TOKEN'
claude.text = "# Working on this project\n\nDeploy from a laptop with ${variable}=5d0c8e4f-2a61-4b7d-9e3a-c81f60b2d974 railway up\n"
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'Deployment notes')
claude.delete()
git('commit', '-q', '-a', '-m', 'Remove the token from the notes')
true
