def log = new File(basedir, 'build.log').text
def sheet = new File(basedir, 'datasheet.yaml')
def pom = new File(basedir, 'pom.xml')
assert sheet.isFile() && pom.isFile()
assert sheet.text.contains('# The folder holds 2 files')
assert pom.text.contains('<packaging>dataset</packaging>')
assert log.contains('BUILD SUCCESS')

// Fill every placeholder the way a maintainer would, then build again with the generated pom.xml.
def values = [datePublished: '2026-05-01', start: '2020-01-01', end: '2021-01-01', doi: '"10.5878/abcd-1234"',
              spdx: 'CC-BY-4.0', contact: 'data@example.org', code: '"30224"']
def filled = sheet.text.replaceAll(/(\w+): "TODO[^"]*"/) { all, key -> "${key}: ${values.get(key, '"Written by the maintainer"')}" }
filled = filled.replace('["TODO: e.g. MG, CT, MR"]', '[MG]').replace('["TODO: e.g. health data"]', '[health data]')
        .replace('["TODO: how the data was collected"]', '[Registry]')
sheet.text = filled
// The IT repository's artifacts came through the repository 'local.central' of src/it/settings.xml; name it again.
def settings = new File(basedir.parentFile, 'no-pom-init-settings.xml')
def url = localRepositoryPath.toURI().toString()
settings.text = """<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.central</id><url>${url}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.central</id><url>${url}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def mvn = ['mvn', '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}", 'validate']
def process = new ProcessBuilder(mvn.collect { it.toString() }).directory(basedir).redirectErrorStream(true).start()
def output = process.inputStream.text
new File(basedir, 'build-filled.log').text = output
assert process.waitFor() == 0 : "the filled datasheet still fails:\n" + output
assert output.contains('Datasheet valid')
return true
